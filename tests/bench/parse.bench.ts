import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import type { BenchMode, Measurement } from './measureParse'

/** `BENCH_BYTES=20e6 npm run bench:parse` for a quicker look. */
const targetBytes = Number(process.env.BENCH_BYTES ?? 50e6)
const minSpeedRatio = 0.7
const maxMemoryRatio = 10

/** Each measurement in a fresh process, so its memory high-water mark is its own. */
const measure = (mode: BenchMode): Measurement =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        path.resolve('tests/bench/measureParse.ts'),
        mode,
        String(targetBytes),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    ),
  ) as Measurement

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`
const verdict = (isPass: boolean): string => (isPass ? 'PASS' : 'FAIL')
const describeSpeed = ({ megabytesPerSecond, seconds }: Measurement): string =>
  `${megabytesPerSecond.toFixed(2)} MB/s (${seconds.toFixed(2)} s)`

const segmenter = measure('segment')
const decoder = measure('decode')
const parser = measure('parse')
const speedRatio = parser.megabytesPerSecond / segmenter.megabytesPerSecond
const parseMemory = parser.peakRssBytes - parser.baselineRssBytes
// Memory the parse needed beyond the process's start (Node, dictionary, the input itself).
const memoryRatio = parseMemory / parser.inputBytes

console.log(
  `input: the seed bulletins repeated to ${mb(parser.inputBytes)} of UTF-8; node ${process.version}, ${os.cpus().length} CPUs, each figure from a fresh process`,
)
console.log(`@node-rs/jieba cut(text, false) alone:   ${describeSpeed(segmenter)}`)
console.log(`decode + normalize (bytes → clean text): ${describeSpeed(decoder)}`)
console.log(`parseBulletin (bytes → parsed issue):    ${describeSpeed(parser)}`)
console.log(
  `speed: parser at ${(100 * speedRatio).toFixed(0)}% of the segmenter's (target ≥ ${100 * minSpeedRatio}%): ${verdict(speedRatio >= minSpeedRatio)}`,
)
console.log(
  `memory: parser peak RSS ${mb(parser.peakRssBytes)}, ${mb(parseMemory)} above its start = ${memoryRatio.toFixed(1)}× the input (target < ${maxMemoryRatio}×): ${verdict(memoryRatio < maxMemoryRatio)}; whole process ${(parser.peakRssBytes / parser.inputBytes).toFixed(1)}× the input`,
)
