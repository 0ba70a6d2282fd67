import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { decodeBulletin } from '../../importers/bulletin/decode'
import { normalizeText } from '../../importers/bulletin/normalize'
import { parseBulletin } from '../../importers/bulletin/parseBulletin'
import { getSegmenter } from '../../importers/bulletin/segmenter'

export type BenchMode = 'decode' | 'parse' | 'segment'

export type Measurement = {
  /** RSS once the input is built and the segmenter's dictionary loaded. */
  baselineRssBytes: number
  inputBytes: number
  megabytesPerSecond: number
  /** The process's RSS high-water mark, as the kernel counts it. */
  peakRssBytes: number
  seconds: number
}

/** The seed bulletins, repeated to at least `targetBytes` of UTF-8. */
export const makeBenchInput = (targetBytes: number): Buffer => {
  const seedDir = path.resolve('seed/bulletins')
  const seed = readdirSync(seedDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(path.join(seedDir, file), 'utf8'))
    .join('\n\n\n')
  const copies = Math.ceil(targetBytes / Buffer.byteLength(seed))
  return Buffer.from(Array.from({ length: copies }, () => seed).join('\n\n\n'))
}

const runMode = (mode: BenchMode, bytes: Buffer, text: string): void => {
  if (mode === 'segment') getSegmenter().cut(text, false)
  const decoded = mode === 'decode' ? decodeBulletin(bytes) : null
  if (decoded?.ok) normalizeText(decoded.text)
  if (mode === 'parse') parseBulletin(bytes)
}

/** Measures one mode in this process, which should be fresh so the peak memory is its own. */
const measure = (mode: BenchMode, targetBytes: number): Measurement => {
  const bytes = makeBenchInput(targetBytes)
  // Only the segmenter is handed text; the parser and decoder start from bytes.
  const text = mode === 'segment' ? bytes.toString('utf8') : ''
  getSegmenter()
  // Warm the JIT on one small input, as a long-running importer would be.
  runMode(mode, bytes.subarray(0, 200_000), text.slice(0, 70_000))
  globalThis.gc?.()
  const baselineRssBytes = process.memoryUsage().rss
  const started = performance.now()
  runMode(mode, bytes, text)
  const seconds = (performance.now() - started) / 1000
  return {
    baselineRssBytes,
    inputBytes: bytes.length,
    megabytesPerSecond: bytes.length / 1e6 / seconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    seconds,
  }
}

// `tsx tests/bench/measureParse.ts MODE BYTES` prints one measurement as JSON.
const [mode, targetBytes] = process.argv.slice(2)
console.log(JSON.stringify(measure(mode as BenchMode, Number(targetBytes ?? 50e6))))
