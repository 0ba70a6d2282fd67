import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { reserveTimestamps } from '../../../importers/bulletin/persist/bulk/reserveTimestamps'
import { createOfficeBatcher } from '../../../importers/bulletin/persist/createOfficeBatcher'

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Entry = { delay: number; index: number; office: null | string }

/** Runs a batcher over entries whose batches take `delay` ms, recording what happened. */
const runBatcher = async ({
  batchSize,
  entries,
  limit,
}: {
  batchSize: number
  entries: Entry[]
  limit: number
}) => {
  const reported: number[] = []
  const batches: Entry[][] = []
  const inFlight: Entry[][] = []
  let overlaps: string[] = []
  let most = 0
  const batcher = createOfficeBatcher<Entry, number>({
    batchSize,
    importBatch: async (batch) => {
      const offices = inFlight.flatMap((other) => other.map(({ office }) => office))
      overlaps = [
        ...overlaps,
        ...batch.flatMap(({ office }) =>
          office !== null && offices.includes(office) ? [office] : [],
        ),
      ]
      batches.push(batch)
      inFlight.push(batch)
      most = Math.max(most, inFlight.length)
      await delay(Math.max(...batch.map((entry) => entry.delay)))
      inFlight.splice(inFlight.indexOf(batch), 1)
      return batch.map(({ index }) => index)
    },
    limit,
    onOutcome: (outcome, index) => {
      expect(outcome).toBe(index)
      reported.push(index)
    },
  })
  for (const entry of entries) {
    batcher.add({ index: entry.index, item: entry, officeKey: entry.office })
    await delay(0)
  }
  await batcher.finish()
  return { batches, most, overlaps, reported }
}

const entriesArbitrary = fc
  .array(
    fc.record({
      delay: fc.integer({ max: 3, min: 0 }),
      office: fc.constantFrom(null, 'a', 'b', 'c'),
    }),
    { maxLength: 30 },
  )
  .map((items) => items.map((item, index) => ({ ...item, index })))

describe('createOfficeBatcher', () => {
  it('should report every outcome in the files’ order whatever order batches finish in', async () => {
    await fc.assert(
      fc.asyncProperty(
        entriesArbitrary,
        fc.integer({ max: 4, min: 1 }),
        fc.integer({ max: 3, min: 1 }),
        async (entries, limit, batchSize) => {
          const { reported } = await runBatcher({ batchSize, entries, limit })
          expect(reported).toEqual(entries.map(({ index }) => index))
        },
      ),
      { numRuns: 30 },
    )
  })

  it('should batch each office’s files in their order and never import one office twice at once', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArbitrary, fc.integer({ max: 4, min: 1 }), async (entries, limit) => {
        const { batches, overlaps } = await runBatcher({ batchSize: 2, entries, limit })
        expect(overlaps).toEqual([])
        for (const office of ['a', 'b', 'c']) {
          const inBatches = batches.flatMap((batch) =>
            batch.filter((entry) => entry.office === office).map(({ index }) => index),
          )
          const inInput = entries
            .filter((entry) => entry.office === office)
            .map(({ index }) => index)
          expect(inBatches).toEqual(inInput)
        }
        expect(
          batches.every((batch) => new Set(batch.map(({ office }) => office)).size === 1),
        ).toBe(true)
      }),
      { numRuns: 30 },
    )
  })

  it('should never have more than the limit in flight', async () => {
    const { most } = await runBatcher({
      batchSize: 2,
      entries: Array.from({ length: 24 }, (_, index) => ({
        delay: 20,
        index,
        office: ['a', 'b', 'c', 'd'][index % 4] ?? null,
      })),
      limit: 3,
    })
    expect(most).toBe(3)
  })

  it('should keep outcomes settled without a batch in their place', async () => {
    const reported: number[] = []
    const batcher = createOfficeBatcher<number, number>({
      batchSize: 4,
      importBatch: (batch) => Promise.resolve(batch),
      limit: 2,
      onOutcome: (outcome) => reported.push(outcome),
    })
    batcher.add({ index: 0, item: 0, officeKey: 'a' })
    batcher.settle(1, 1)
    batcher.add({ index: 2, item: 2, officeKey: 'a' })
    await batcher.finish()
    expect(reported).toEqual([0, 1, 2])
  })

  it('should reject once a batch fails', async () => {
    const batcher = createOfficeBatcher<number, number>({
      batchSize: 1,
      importBatch: () => Promise.reject(new Error('database gone')),
      limit: 2,
      onOutcome: () => undefined,
    })
    batcher.add({ index: 0, item: 0, officeKey: 'a' })
    await expect(batcher.finish()).rejects.toThrow('database gone')
  })
})

describe('reserveTimestamps', () => {
  it('should give distinct times, later than any given before, in order', () => {
    const first = reserveTimestamps(5)
    const second = reserveTimestamps(3)
    const all = [...first, ...second]
    expect(all).toEqual([...new Set(all)].sort())
  })
})
