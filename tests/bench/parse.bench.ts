import { execFileSync } from 'node:child_process'
import path from 'node:path'

type Measurement = {
  baselineRssBytes: number
  inputBytes: number
  megabytesPerSecond: number
  peakRssBytes: number
  seconds: number
}

const targetBytes = Number(process.env.BENCH_BYTES ?? 50e6)

const measure = (mode: 'parse' | 'segment'): Measurement =>
  JSON.parse(
    execFileSync(
      path.resolve('node_modules/.bin/tsx'),
      ['tests/bench/measureParse.ts', mode, String(targetBytes)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    ),
  ) as Measurement

const segmenter = measure('segment')
const parser = measure('parse')
const speedRatio = parser.megabytesPerSecond / segmenter.megabytesPerSecond
// Memory the parse itself needed above the process's start, relative to the input.
const memoryRatio = (parser.peakRssBytes - parser.baselineRssBytes) / parser.inputBytes

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
console.log(`input: the seed bulletins repeated to ${mb(parser.inputBytes)}`)
console.log(
  `baseline, @node-rs/jieba cut alone: ${segmenter.megabytesPerSecond.toFixed(2)} MB/s (${segmenter.seconds.toFixed(1)} s)`,
)
console.log(
  `parser, bytes → parsed issue:      ${parser.megabytesPerSecond.toFixed(2)} MB/s (${parser.seconds.toFixed(1)} s)`,
)
console.log(
  `speed: ${(100 * speedRatio).toFixed(0)}% of the segmenter's (target ≥ 70%): ${speedRatio >= 0.7 ? 'PASS' : 'FAIL'}`,
)
console.log(
  `peak memory: ${mb(parser.peakRssBytes)} RSS, ${mb(parser.peakRssBytes - parser.baselineRssBytes)} above start = ${memoryRatio.toFixed(1)}× the input (target < 10×): ${memoryRatio < 10 ? 'PASS' : 'FAIL'}`,
)
