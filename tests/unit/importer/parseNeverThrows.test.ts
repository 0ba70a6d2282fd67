import fc from 'fast-check'
import iconv from 'iconv-lite'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseBulletin } from '../../../importers/bulletin/parseBulletin'

const seedDir = path.resolve('seed/bulletins')
const seeds = readdirSync(seedDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(path.join(seedDir, file), 'utf8'))
const seedLines = seeds.flatMap((seed) => seed.split('\n'))
const seedFiles = seeds.flatMap((seed) => [Buffer.from(seed), iconv.encode(seed, 'gb18030')])

/** `FUZZ_SCALE=50 npx vitest run … --testTimeout=0` for a deeper search than CI's. */
const scaleRuns = (numRuns: number): number => numRuns * Number(process.env.FUZZ_SCALE ?? 1)

/** An issue, or a refusal in one non-empty line: never an exception, never a multi-line error. */
const isIssueOrOneLineRefusal = (bytes: Uint8Array): boolean => {
  const result = parseBulletin(bytes, { fileName: 'fuzz.txt' })
  return result.ok || /^fuzz\.txt: [^\r\n]+$/u.test(result.error)
}

type Mutation = { at: number; bytes: Uint8Array; deleteCount: number }

const applyMutations = (file: Uint8Array, mutations: Mutation[]): Buffer =>
  mutations.reduce((bytes, { at, bytes: inserted, deleteCount }) => {
    const start = at % (bytes.length + 1)
    return Buffer.concat([bytes.subarray(0, start), inserted, bytes.subarray(start + deleteCount)])
  }, Buffer.from(file))

/** A real bulletin, UTF-8 or GB18030, with bytes deleted, replaced or inserted here and there. */
const damagedBulletin = fc
  .tuple(
    fc.constantFrom(...seedFiles),
    fc.array(
      fc.record({
        at: fc.nat(),
        bytes: fc.uint8Array({ maxLength: 8 }),
        deleteCount: fc.nat({ max: 8 }),
      }),
      { maxLength: 20, minLength: 1 },
    ),
  )
  .map(([file, mutations]) => applyMutations(file, mutations))

/** Real bulletin lines in any order and number, with random lines among them. */
const reshuffledBulletin = fc
  .array(fc.oneof(fc.constantFrom(...seedLines), fc.string({ maxLength: 40, unit: 'binary' })), {
    maxLength: 150,
  })
  .map((lines) => Buffer.from(lines.join('\n')))

describe('parseBulletin on arbitrary input', () => {
  it('should never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        expect(isIssueOrOneLineRefusal(bytes)).toBe(true)
      }),
      { numRuns: scaleRuns(500) },
    )
  }, 120_000)

  it('should never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (text) => {
        expect(isIssueOrOneLineRefusal(Buffer.from(text))).toBe(true)
      }),
      { numRuns: scaleRuns(500) },
    )
  }, 120_000)

  it('should never throw on a damaged bulletin', () => {
    fc.assert(
      fc.property(damagedBulletin, (bytes) => {
        expect(isIssueOrOneLineRefusal(bytes)).toBe(true)
      }),
      { numRuns: scaleRuns(200) },
    )
  }, 120_000)

  it('should never throw on bulletin lines reshuffled', () => {
    fc.assert(
      fc.property(reshuffledBulletin, (bytes) => {
        expect(isIssueOrOneLineRefusal(bytes)).toBe(true)
      }),
      { numRuns: scaleRuns(300) },
    )
  }, 120_000)
})
