import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { reserveTimestamps } from '../../../importers/bulletin/persist/bulk/reserveTimestamps'
import { mapWithConcurrency } from '../../../importers/bulletin/persist/mapWithConcurrency'

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('mapWithConcurrency', () => {
  it('should report every result in the items’ order whatever order they finish in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ max: 5, min: 0 }), { maxLength: 20 }),
        fc.integer({ max: 4, min: 1 }),
        async (delays, limit) => {
          const reported: number[] = []
          const results = await mapWithConcurrency({
            items: delays.map((ms, index) => ({ index, ms })),
            limit,
            map: async ({ index, ms }) => {
              await delay(ms)
              return index
            },
            onResult: (result) => reported.push(result),
          })
          const inOrder = delays.map((_, index) => index)
          expect([results, reported]).toEqual([inOrder, inOrder])
        },
      ),
      { numRuns: 30 },
    )
  })

  it('should never have more than the limit in flight', async () => {
    let inFlight = 0
    let most = 0
    await mapWithConcurrency({
      items: Array.from({ length: 12 }, (_, index) => index),
      limit: 3,
      map: async (index) => {
        inFlight++
        most = Math.max(most, inFlight)
        await delay(index % 3)
        inFlight--
        return index
      },
    })
    expect(most).toBe(3)
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
