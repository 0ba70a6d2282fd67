import { idBlockLexemePrefix } from './searchTables'

/** The sizes of the id blocks each article's match vector names, as bits: 128 to 65,536 ids. */
export const idBlockBits = [7, 10, 13, 16] as const

const [smallestBits] = idBlockBits
/** Each window after the first holds this many times as many blocks as the last. */
const growth = 4

/** The lexeme of the block of ids `block << bits` to `((block + 1) << bits) - 1`. */
export const toIdBlockLexeme = (bits: number, block: number): string =>
  `${idBlockLexemePrefix}${bits}:${block}`

/**
 * The fewest aligned blocks covering the smallest blocks `from` to `to - 1` (each block as
 * large as its alignment allows), as a tsquery matching any of them.
 */
const toWindowQuery = (from: number, to: number): string => {
  const lexemes: string[] = []
  let start = from
  while (start < to) {
    const bits =
      [...idBlockBits].reverse().find((candidate) => {
        const size = 2 ** (candidate - smallestBits)
        return start % size === 0 && start + size <= to
      }) ?? smallestBits
    lexemes.push(`'${toIdBlockLexeme(bits, start / 2 ** (bits - smallestBits))}'`)
    start += 2 ** (bits - smallestBits)
  }
  return lexemes.join(' | ')
}

/**
 * What a search reads, newest first: the windows of ids (tsqueries of blocks), the first id of
 * each, and where the walk past them starts.
 */
export type SearchWindows = { newerThan: number; starts: number[]; windows: string[] }

/**
 * The windows a search reads one by one until it has its page, from the newest id it knows:
 * first the ids published since (walked: normally none), then the newest block, then older
 * windows, each `growth` times larger. A word in most articles stops in the first one or two;
 * a rare one reads them all, cheaply, as each is one GIN lookup.
 */
export const toSearchWindows = (newestId: number): SearchWindows => {
  const newestBlock = Math.max(0, newestId) >> smallestBits
  const newerThan = (newestBlock + 1) * 2 ** smallestBits
  const windows = [toWindowQuery(newestBlock, newestBlock + 1)]
  const starts = [newestBlock * 2 ** smallestBits]
  let end = newestBlock
  let size = 1
  while (end > 0) {
    const start = Math.max(0, end - size)
    windows.push(toWindowQuery(start, end))
    starts.push(start * 2 ** smallestBits)
    end = start
    size *= growth
  }
  return { newerThan, starts, windows }
}
