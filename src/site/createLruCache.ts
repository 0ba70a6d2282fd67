/** A bounded in-process cache: least recently used entries go first, each lives `ttlMs`. */
export type LruCache<Value> = {
  clear: () => void
  get: (key: string) => undefined | Value
  /** Counts clears, so a value computed before the latest one is not stored after it. */
  readonly generation: number
  set: (key: string, value: Value, generation?: number) => void
  readonly size: number
}

/** A new LRU cache; `maxEntries` 0 makes one that keeps nothing. */
export const createLruCache = <Value>({
  maxEntries,
  ttlMs,
}: {
  maxEntries: number
  ttlMs: number
}): LruCache<Value> => {
  const entries = new Map<string, { expiresAt: number; value: Value }>()
  let generation = 0
  return {
    clear: () => {
      entries.clear()
      generation++
    },
    get: (key) => {
      const entry = entries.get(key)
      if (entry === undefined) return undefined
      entries.delete(key)
      if (entry.expiresAt <= Date.now()) return undefined
      entries.set(key, entry)
      return entry.value
    },
    get generation() {
      return generation
    },
    set: (key, value, computedIn = generation) => {
      if (maxEntries <= 0 || computedIn !== generation) return
      entries.delete(key)
      entries.set(key, { expiresAt: Date.now() + ttlMs, value })
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next()
        if (oldest.done) break
        entries.delete(oldest.value)
      }
    },
    get size() {
      return entries.size
    },
  }
}
