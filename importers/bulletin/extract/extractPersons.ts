import type { TaggedWord } from '../segmenter'
import { tagWords } from '../segmenter'
import type { ParsedPerson } from '../types'
import {
  endsWithQualifiedTitle,
  endsWithTitle,
  isCompoundSurname,
  isFormOfAddress,
  looksLikeName,
  isNameThenTitle,
  isTitleThenName,
  officeSuffixChars,
  readFollowingTitle,
  standaloneChars,
  swallowedVerbChars,
  titleEndCodes,
} from './chineseNames'

type NameMention = { end: number; name: string; start: number }

/** Punctuation that ends the phrase a role can belong to ('、' does not: 区委常委、副区长). */
const roleBoundary = /[，,。；;！!？?\n（()）《》:：]/u
/** Words after which a role starts: 会议由|街道党工委副书记, 邀请|国家二级心理咨询师. */
const roleLeadIns = [
  '由',
  '邀请',
  '请',
  '陪同',
  '带领',
  '率领',
  '会上',
  '会后',
  '期间',
  '其中',
  '包括',
  '作为',
  '的',
  '对',
  '向',
  '和',
  '与',
  '在',
  '是',
  '了',
  '给',
  '被',
  '为',
  '有',
]
/** Parts of speech jieba gives person names or unknown words found by its HMM. */
const nameTags = new Set(['nr', 'nrfg', 'nrt', 'x'])

/** Particles that close a name in a list or before speech: 陈家明等, 欧阳文说. */
const particleChars = new Set('等说们和与'.split(''))

/** Parts of speech of nouns a name may coincide with (马力, 黄河). */
const nounTags = new Set(['n', 'ns', 'nz'])

/** Last characters of offices, never of names: 文明办, 居委. */
const nameEndingChars = new Set('办委部处科局队组站所院校司厅署社'.split(''))

/** Role words that are also everyday nouns: a name after them needs a known surname. */
const endsWithCommonNoun = (text: string): boolean =>
  /(居民|党员|志愿者|代表|工作者|负责人|专家|社工|群众|老人|家长|学生)$/u.test(text)

const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text)

/**
 * Repairs the segmenter's cuts around an unknown name: 厉蕾作 → 厉蕾 (the 作 of 作讲话),
 * 陈宇|韬 → 陈宇韬, 王|立新 after a title → 王立新.
 */
const repairName = (words: TaggedWord[], index: number, textBefore: string): null | string => {
  const word = words[index]?.word ?? ''
  const next = words[index + 1]?.word ?? ''
  const isAfterTitle = endsWithTitle(textBefore)
  if (
    word.length === 1 &&
    isAfterTitle &&
    !standaloneChars.has(word) &&
    isHan(next) &&
    next.length <= 2
  ) {
    return looksLikeName(word + next) ? word + next : null
  }
  // 欧阳|文说 after a title: the surname's given name was cut off with the next word.
  if (isCompoundSurname(word) && isAfterTitle && isHan(next) && next.length <= 2) {
    const given = swallowedVerbChars.has(next.at(-1) ?? '') ? next.slice(0, -1) : next
    return given.length > 0 && !standaloneChars.has(given[0] ?? '') ? word + given : null
  }
  const tag = words[index]?.tag ?? ''
  // Right after an office's title, an unknown word of three characters is a name (主任可晓林);
  // after 居民, 志愿者 it is as often a verb (居民学做…).
  const isUnknownAfterTitle =
    tag === 'x' &&
    isAfterTitle &&
    !endsWithCommonNoun(textBefore) &&
    isHan(word) &&
    word.length === 3 &&
    !standaloneChars.has(word[0] ?? '')
  // A name that is also a dictionary noun (马力), right after a title and before a verb.
  const nextTag = words[index + 1]?.tag ?? ''
  const isNounNameAfterTitle =
    endsWithQualifiedTitle(textBefore) &&
    nounTags.has(tag) &&
    looksLikeName(word) &&
    (nextTag.startsWith('v') || next === '' || next === '、' || roleBoundary.test(next))
  if (isNounNameAfterTitle) return word
  if (!nameTags.has(tag) || !(looksLikeName(word) || isUnknownAfterTitle)) return null
  if (nameEndingChars.has(word.at(-1) ?? '')) return null
  if (word.length === 3 && swallowedVerbChars.has(word[2] ?? '')) return word.slice(0, 2)
  // 陈家|明等: the given name's last character went to the particle after it.
  const isCutBeforeParticle =
    word.length === 2 &&
    next.length === 2 &&
    isHan(next) &&
    particleChars.has(next[1] ?? '') &&
    !standaloneChars.has(next[0] ?? '') &&
    !officeSuffixChars.has(next[0] ?? '')
  if (isCutBeforeParticle) return word + (next[0] ?? '')
  const isCutShort =
    word.length === 2 && next.length === 1 && isHan(next) && !standaloneChars.has(next)
  return isCutShort && !officeSuffixChars.has(next) ? word + next : word
}

/** Punctuation between clauses; a person and the role beside them share one clause. */
const clauseBoundaries = new Set([...'，,。；;！!？?\n:：'].map((char) => char.charCodeAt(0)))
const colons = new Set([':'.charCodeAt(0), '：'.charCodeAt(0)])

/** How far after a title its names run (副主委曾云、叶涛率…) and before one they start. */
const namesAfterTitle = 12
const nameBeforeTitle = 4
/** How far a list after a colon runs (优秀“啄木鸟”:曹西虹、张德胜…). */
const listAfterColon = 120

/** The end of the clause from an index, looking no further than a limit. */
const findClauseEnd = (text: string, from: number, limit: number): number => {
  let end = from
  const stop = Math.min(text.length, from + limit)
  while (end < stop && !clauseBoundaries.has(text.charCodeAt(end))) end++
  return end
}

/** The start of the clause holding an index, looking back no further than a limit. */
const findClauseStart = (text: string, from: number, limit: number): number => {
  let start = from
  const stop = Math.max(0, from - limit)
  while (start > stop && !clauseBoundaries.has(text.charCodeAt(start - 1))) start--
  return start
}

type Span = { end: number; start: number }

const addSpan = (spans: Span[], span: Span): void => {
  const last = spans.at(-1)
  if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
  else if (span.end > span.start) spans.push(span)
}

/**
 * The stretches worth segmenting: just after a title that a name-like word follows, just before
 * a title printed after a name, and lists after a colon. The segmenter, the slowest stage, sees
 * nothing else; one pass over the text, by character codes.
 */
const findCandidateSpans = (text: string): Span[] => {
  const spans: Span[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (colons.has(code)) {
      addSpan(spans, { end: findClauseEnd(text, index + 1, listAfterColon), start: index + 1 })
    } else if (titleEndCodes.has(code)) {
      if (isNameThenTitle(text, index)) {
        addSpan(spans, { end: index + 1, start: findClauseStart(text, index, nameBeforeTitle + 2) })
      }
      if (isTitleThenName(text, index)) {
        addSpan(spans, { end: findClauseEnd(text, index + 1, namesAfterTitle), start: index + 1 })
      }
    }
  }
  return spans
}

const findCandidateClauses = (text: string): { start: number; text: string }[] =>
  findCandidateSpans(text).map(({ end, start }) => ({ start, text: text.slice(start, end) }))

/**
 * Names in the candidate clauses. The clauses are segmented in one call, joined by line breaks
 * (which the segmenter never joins to a word): a call costs more than a clause.
 */
const findNameMentions = (text: string): NameMention[] => {
  const clauses = findCandidateClauses(text)
  if (clauses.length === 0) return []
  const words = tagWords(clauses.map((clause) => clause.text).join('\n'))
  const mentions: NameMention[] = []
  let clauseIndex = 0
  let offset = clauses[0]?.start ?? 0
  for (const [index, { word }] of words.entries()) {
    if (word === '\n') {
      clauseIndex++
      offset = clauses[clauseIndex]?.start ?? text.length
      continue
    }
    const start = offset
    offset += word.length
    const name = repairName(words, index, text.slice(Math.max(0, start - 8), start))
    if (!name || isFormOfAddress(name) || officeSuffixChars.has(text[start + name.length] ?? '')) {
      continue
    }
    mentions.push({ end: start + name.length, name, start })
  }
  return mentions
}

/** No role or list phrase runs longer than this: bounds the look-back on unpunctuated text. */
const maxPhraseLength = 80

const lastBoundaryBefore = (text: string, index: number): number => {
  const limit = Math.max(0, index - maxPhraseLength)
  for (let i = index - 1; i >= limit; i--) if (roleBoundary.test(text[i] ?? '')) return i + 1
  return limit
}

/** The role phrase printed just before a name, from the clause's start or the previous name. */
const readRoleBefore = (text: string, mention: NameMention, previous: NameMention | undefined) => {
  const closing = text[mention.start - 1]
  const opening = closing === ')' ? '(' : closing === '）' ? '（' : null
  const openAt = opening ? text.lastIndexOf(opening, mention.start) : -1
  // 区民政局(区老年事业发展中心副主任)季鸣亚: the role includes its parenthesis.
  const clauseStart =
    openAt > 0 ? lastBoundaryBefore(text, openAt) : lastBoundaryBefore(text, mention.start)
  const start = previous && previous.end > clauseStart ? previous.end : clauseStart
  // A quotation closing before the clause (“…,”主任欧阳文说) is not part of the role.
  let role = text.slice(start, mention.start).replace(/^[、\s”’」』"']+/u, '')
  for (const leadIn of roleLeadIns) {
    const at = role.lastIndexOf(leadIn)
    if (at >= 0 && !endsWithTitle(role.slice(0, at + leadIn.length)))
      role = role.slice(at + leadIn.length)
  }
  return role.trim()
}

/** 优秀“啄木鸟”:曹西虹、张德胜 — the phrase before the colon names every listed person. */
const readListRole = (text: string, mention: NameMention): null | string => {
  const before = text.slice(Math.max(0, mention.start - maxPhraseLength), mention.start)
  const listStart = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'))
  if (listStart < 0 || !/^[\p{Script=Han}、\s]*$/u.test(before.slice(listStart + 1))) return null
  const colonAt = mention.start - before.length + listStart
  const phrase = text.slice(lastBoundaryBefore(text, colonAt), colonAt).trim()
  const after = text.slice(mention.end, mention.end + 1)
  const isInList = after === '、' || before.endsWith('、') || after === '' || after === '\n'
  return phrase.length > 0 && isInList ? phrase : null
}

/**
 * People named in a text with the role printed at their mention: 街道党工委副书记宋杰 →
 * 宋杰 (街道党工委副书记). A name counts as a person only when a role stands beside it, or it is
 * listed with such a person; its role is the first one printed for it.
 */
export const extractPersons = (text: string): ParsedPerson[] => {
  const mentions = findNameMentions(text)
  const people = new Map<string, null | string>()
  let previousAccepted = null as { mention: NameMention; role: null | string } | null
  for (const [index, mention] of mentions.entries()) {
    const previous = mentions[index - 1]
    const roleBefore = readRoleBefore(text, mention, previous)
    const followingTitle = readFollowingTitle(text.slice(mention.end, mention.end + 4))
    const sharesRole: boolean =
      previousAccepted !== null && text.slice(previousAccepted.mention.end, mention.start) === '、'
    const listRole = readListRole(text, mention)
    const role: null | string = endsWithTitle(roleBefore.replace(/[)）]$/u, ''))
      ? roleBefore
      : sharesRole
        ? (previousAccepted?.role ?? null)
        : (listRole ?? followingTitle)
    const isPerson = role !== null || sharesRole
    if (!isPerson) continue
    previousAccepted = { mention, role }
    if (!people.has(mention.name) || (people.get(mention.name) === null && role)) {
      people.set(mention.name, role)
    }
  }
  return [...people].map(([name, role]) => ({ name, role }))
}
