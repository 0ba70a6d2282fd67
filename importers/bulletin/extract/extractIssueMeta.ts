import {
  issueNumber,
  monthDay,
  publicationName,
  runningNumber,
  yearMonth,
  yearOnly,
} from '../rules'

export type IssueMeta = {
  district: null | string
  /** The period comes from a printed masthead date, not from the dates in the text. */
  isPeriodPrinted: boolean
  issueNumber: null | number
  office: null | string
  period: null | string
  publication: null | string
  runningNumber: null | number
}

/** Shanghai's districts, the territory of the street offices this genre comes from. */
const shanghaiDistricts = [
  '黄浦',
  '徐汇',
  '长宁',
  '静安',
  '普陀',
  '虹口',
  '杨浦',
  '闵行',
  '宝山',
  '嘉定',
  '浦东新',
  '金山',
  '松江',
  '青浦',
  '奉贤',
  '崇明',
]

/** Characters that start a clause, not a place name: 在临汾路街道 is 临汾路街道. */
const leadingFunctionChars = /^[在来由是的和与及到对为了将上下向从经据今本我各全该]/u
/** Function words never inside a street office's name. */
const functionChars = /[在的了和与对是将把被从向到为就都也还及等]/u
/** Street offices are mostly named after a road (临汾路) or a town (张庙镇 → 张庙). */
const placeSuffix = /[路镇桥村浜港]$/u

const mostFrequent = <T>(values: T[]): T | null => {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: T | null = null
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count]
  }
  return best
}

const isHanChar = (char: string | undefined): boolean =>
  char !== undefined && /\p{Script=Han}/u.test(char)

/** The (up to six) Han characters before each 街道: found by searching 街道, not by a regex. */
const findOfficePrefixes = (text: string): string[] => {
  const prefixes: string[] = []
  let lastEnd = 0
  for (let at = text.indexOf('街道'); at >= 0; at = text.indexOf('街道', at + 2)) {
    let start = at
    while (start > lastEnd && at - start < 6 && isHanChar(text[start - 1])) start--
    if (at - start >= 2) prefixes.push(text.slice(start, at))
    lastEnd = at + 2
  }
  return prefixes
}

/**
 * The office is the street office named most often; among the spellings that occur that often
 * (汾路街道, 临汾路街道), the longest that does not start with a function word.
 */
export const inferOffice = (text: string): null | string => {
  // Every spelling ending a match counts once per match: one pass, however long the text.
  const counts = new Map<string, number>()
  for (const prefix of findOfficePrefixes(text)) {
    for (let start = 0; start <= prefix.length - 2; start++) {
      const name = `${prefix.slice(start)}街道`
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  const scored = [...counts]
    .filter(([name]) => !leadingFunctionChars.test(name) && !functionChars.test(name.slice(0, -2)))
    .map(([name, count]) => ({
      count: count * (placeSuffix.test(name.slice(0, -2)) ? 2 : 1),
      name,
    }))
  const top = Math.max(0, ...scored.map((candidate) => candidate.count))
  const best = scored
    .filter((candidate) => candidate.count === top)
    .sort((a, b) => b.name.length - a.name.length)[0]
  return best?.name ?? null
}

/** The district named most often; names inside an organisation's registered name count half. */
export const inferDistrict = (text: string): null | string => {
  let best: null | string = null
  let bestScore = 0
  for (const district of shanghaiDistricts) {
    let score = 0
    for (const match of text.matchAll(new RegExp(`(上海市?)?${district}(区)?`, 'gu'))) {
      score += (match[2] ? 1 : 0.6) * (match[1] ? 0.5 : 1)
    }
    if (score > bestScore) [best, bestScore] = [`${district}区`, score]
  }
  return best
}

/** The paper's name written most often in 《》 in the text. */
export const inferPublication = (text: string): null | string =>
  mostFrequent([...text.matchAll(publicationName)].map((match) => match[1] ?? ''))

/**
 * The period is the month most of the issue's dated events fall in, in the latest year the
 * issue mentions (events dated without a year belong to it).
 */
export const inferPeriod = (text: string): null | string => {
  const years = [...text.matchAll(yearOnly)].map((match) => Number(match[1]))
  const latestYear = years.length > 0 ? Math.max(...years) : null
  if (latestYear === null) return null
  const months: number[] = []
  for (const match of text.matchAll(yearMonth)) {
    if (Number(match[1]) === latestYear) months.push(Number(match[2]))
  }
  for (const match of text.matchAll(monthDay)) months.push(Number(match[1]))
  const valid = months.filter((month) => month >= 1 && month <= 12)
  const counts = new Map<number, number>()
  for (const month of valid) counts.set(month, (counts.get(month) ?? 0) + 1)
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  return best ? `${latestYear}-${String(best[0]).padStart(2, '0')}` : null
}

/** A masthead's 第N期 and 总第N期, when printed near the top of the issue. */
const readNumbers = (head: string) => ({
  issueNumber: Number(issueNumber.exec(head)?.[1] ?? Number.NaN),
  runningNumber: Number(runningNumber.exec(head)?.[1] ?? Number.NaN),
})

/** The first lines of a file, where a masthead is printed. */
const readHead = (text: string, lineCount: number): string => {
  let end = -1
  for (let line = 0; line < lineCount; line++) {
    end = text.indexOf('\n', end + 1)
    if (end < 0) return text.slice(0, 2000)
  }
  return text.slice(0, Math.min(end, 2000))
}

/** Issue-level facts inferred from the whole text and the masthead when there is one. */
export const extractIssueMeta = (
  text: string,
  { mastheadName = null }: { mastheadName?: null | string } = {},
): IssueMeta => {
  const head = readHead(text, 12)
  const numbers = readNumbers(head)
  const mastheadPeriod =
    /((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月[^\n]{0,12}第\s*[0-9]+\s*期/u.exec(head)
  return {
    district: inferDistrict(text),
    isPeriodPrinted: mastheadPeriod !== null,
    issueNumber: Number.isFinite(numbers.issueNumber) ? numbers.issueNumber : null,
    office: inferOffice(text),
    period: mastheadPeriod
      ? `${mastheadPeriod[1]}-${String(mastheadPeriod[2]).padStart(2, '0')}`
      : inferPeriod(text),
    publication: mastheadName ?? inferPublication(text),
    runningNumber: Number.isFinite(numbers.runningNumber) ? numbers.runningNumber : null,
  }
}
