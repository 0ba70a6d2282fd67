/**
 * Maps items with at most `limit` calls in flight, reporting each result in the items' order
 * (as soon as it and every earlier one are done).
 */
export const mapWithConcurrency = async <Item, Result>({
  items,
  limit,
  map,
  onResult,
}: {
  items: Item[]
  limit: number
  map: (item: Item) => Promise<Result>
  onResult?: (result: Result, item: Item) => void
}): Promise<Result[]> => {
  const pending: Promise<Result>[] = []
  let next = 0
  const startNext = (): void => {
    const item = items[next]
    if (next >= items.length || item === undefined) return
    next++
    pending.push(map(item))
  }
  while (pending.length < Math.min(limit, items.length)) startNext()
  const results: Result[] = []
  for (const [index, item] of items.entries()) {
    const result = await (pending[index] as Promise<Result>)
    startNext()
    results.push(result)
    onResult?.(result, item)
  }
  return results
}
