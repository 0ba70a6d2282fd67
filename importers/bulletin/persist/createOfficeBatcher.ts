/** One file to import: its place in the input, and the office its batch is grouped by. */
export type BatchEntry<Item> = {
  index: number
  item: Item
  /** Files of one office go in batches, in order; null: a batch of its own, in any order. */
  officeKey: null | string
}

type Batch<Item> = { entries: BatchEntry<Item>[]; officeKey: null | string }

export type OfficeBatcher<Item, Outcome> = {
  /** Adds a file to its office's open batch, which is queued once it holds batchSize files. */
  add: (entry: BatchEntry<Item>) => void
  /** Queues every open batch and resolves once every file has its outcome. */
  finish: () => Promise<void>
  /** Records the outcome of a file settled without a batch (one already imported). */
  settle: (index: number, outcome: Outcome) => void
  /** Resolves once at most `count` added files are still waiting for their outcome. */
  waitUntilPendingAtMost: (count: number) => Promise<void>
}

/**
 * Groups files into batches of one office each and imports at most `limit` batches at once,
 * never two of the same office: batches of different offices take different locks, so those in
 * flight do not wait for each other, while an office's files are still imported in their order
 * (a repeat or a correction after the issue it repeats). Outcomes are reported in the files'
 * order, each as soon as it and every earlier one are known.
 */
export const createOfficeBatcher = <Item, Outcome>({
  batchSize,
  importBatch,
  limit,
  onOutcome,
}: {
  batchSize: number
  /** Imports a batch's items, returning their outcomes in the same order. */
  importBatch: (items: Item[]) => Promise<Outcome[]>
  limit: number
  onOutcome: (outcome: Outcome, index: number) => void
}): OfficeBatcher<Item, Outcome> => {
  const open = new Map<string, Batch<Item>>()
  const queued: Batch<Item>[] = []
  const busyOffices = new Set<string>()
  const outcomes = new Map<number, Outcome>()
  let nextReported = 0
  let inFlight = 0
  let pending = 0
  let failure: { error: unknown } | undefined
  let waiters: (() => void)[] = []

  const wake = () => {
    const woken = waiters
    waiters = []
    for (const resolve of woken) resolve()
  }

  const throwIfFailed = () => {
    if (failure) throw failure.error
  }

  const settle = (index: number, outcome: Outcome) => {
    outcomes.set(index, outcome)
    for (let next = outcomes.get(nextReported); next !== undefined;) {
      outcomes.delete(nextReported)
      onOutcome(next, nextReported)
      nextReported++
      next = outcomes.get(nextReported)
    }
  }

  const start = (batch: Batch<Item>) => {
    inFlight++
    if (batch.officeKey !== null) busyOffices.add(batch.officeKey)
    importBatch(batch.entries.map(({ item }) => item))
      .then((results) => {
        for (const [position, { index }] of batch.entries.entries()) {
          const outcome = results[position]
          if (outcome === undefined) throw new Error('bulk import: a file got no outcome')
          settle(index, outcome)
        }
        pending -= batch.entries.length
      })
      .catch((error: unknown) => {
        failure ??= { error }
      })
      .finally(() => {
        inFlight--
        if (batch.officeKey !== null) busyOffices.delete(batch.officeKey)
        startReady()
        wake()
      })
  }

  /** Starts queued batches, oldest first, while there is room and their office is free. */
  const startReady = () => {
    if (failure) return
    for (let position = 0; position < queued.length && inFlight < limit;) {
      const batch = queued[position] as Batch<Item>
      if (batch.officeKey !== null && busyOffices.has(batch.officeKey)) {
        position++
        continue
      }
      queued.splice(position, 1)
      start(batch)
    }
  }

  const enqueue = (batch: Batch<Item>) => {
    queued.push(batch)
    startReady()
  }

  /** Queues every open batch, however few files it holds. */
  const flushOpen = () => {
    for (const batch of open.values()) queued.push(batch)
    open.clear()
    startReady()
  }

  const waitFor = async (isDone: () => boolean) => {
    while (!isDone() && !failure) {
      // Nothing more will come to fill the open batches while the caller waits.
      if (inFlight === 0) flushOpen()
      if (inFlight === 0) break
      await new Promise<void>((resolve) => waiters.push(resolve))
    }
    throwIfFailed()
  }

  return {
    add: (entry) => {
      throwIfFailed()
      pending++
      if (entry.officeKey === null) {
        enqueue({ entries: [entry], officeKey: null })
        return
      }
      const batch = open.get(entry.officeKey) ?? { entries: [], officeKey: entry.officeKey }
      open.set(entry.officeKey, batch)
      batch.entries.push(entry)
      if (batch.entries.length >= batchSize) {
        open.delete(entry.officeKey)
        enqueue(batch)
      }
    },
    finish: async () => {
      throwIfFailed()
      flushOpen()
      await waitFor(() => inFlight === 0 && queued.length === 0)
    },
    settle,
    waitUntilPendingAtMost: (count) => waitFor(() => pending <= count),
  }
}
