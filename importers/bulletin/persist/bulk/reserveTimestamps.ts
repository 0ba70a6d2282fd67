let lastReserved = 0

/**
 * `count` distinct creation times, one millisecond apart and later than any reserved before in
 * this process: documents written in one statement keep the order Payload's one-at-a-time
 * creates would give them, which lists sorted by `createdAt` (join fields, by default) show.
 */
export const reserveTimestamps = (count: number): string[] => {
  const start = Math.max(Date.now(), lastReserved + 1)
  lastReserved = start + Math.max(count, 1) - 1
  return Array.from({ length: count }, (_, index) => new Date(start + index).toISOString())
}
