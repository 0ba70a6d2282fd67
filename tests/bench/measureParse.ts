import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parseBulletin } from '../../importers/bulletin/parseBulletin'
import { getSegmenter } from '../../importers/bulletin/segmenter'

/** One measurement in a fresh process, so its peak memory is its own. */
const mode = process.argv[2] as 'parse' | 'segment'
const targetBytes = Number(process.argv[3] ?? 50e6)

const seedDir = path.resolve('seed/bulletins')
const seed = readdirSync(seedDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(path.join(seedDir, file), 'utf8'))
  .join('\n\n\n')
const copies = Math.ceil(targetBytes / Buffer.byteLength(seed))
const bytes = Buffer.from(Array.from({ length: copies }, () => seed).join('\n\n\n'))
const text = bytes.toString('utf8')
getSegmenter()
const baselineRss = process.memoryUsage().rss

const started = performance.now()
if (mode === 'segment') getSegmenter().cut(text, false)
else parseBulletin(bytes)
const seconds = (performance.now() - started) / 1000

console.log(
  JSON.stringify({
    baselineRssBytes: baselineRss,
    inputBytes: bytes.length,
    megabytesPerSecond: bytes.length / 1e6 / seconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    seconds,
  }),
)
