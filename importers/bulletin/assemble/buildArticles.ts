import { noticeTitle } from '../rules'
import type { Diagnostic, Token } from '../types'
import type { TextToken } from './classifyText'
import {
  endsSentence,
  isCaptionLike,
  isDashedSubtitle,
  isHeadingLike,
  stripSubtitleDash,
} from './classifyText'
import type { DraftArticle } from './draftArticle'
import { addFragment, applyBylines, createDraft } from './draftArticle'

type Section = { kind: 'article' | 'brief' | 'sidebar'; label: string }

type JumpedArticle = { article: DraftArticle; isParagraphOpen: boolean; line: number; page: string }

type State = {
  articles: DraftArticle[]
  /**
   * Articles of this issue end with a credit or byline, so a short line inside an unclosed
   * article is a paragraph's first fragment, not the next title.
   */
  areArticlesClosed: boolean
  current: DraftArticle | null
  diagnostics: Diagnostic[]
  /** Articles that jumped to a later page (下转第N版), waiting for their 上接 part. */
  jumpedArticles: JumpedArticle[]
  /** Captions printed before the untitled article they belong to. */
  pendingCaptions: string[]
  section: Section | null
}

const sectionOf = (label: string): Section => {
  if (label.includes('短消息') || label.includes('简讯')) return { kind: 'brief', label }
  if (label.includes('链接')) return { kind: 'sidebar', label }
  return { kind: 'article', label }
}

const nextTextToken = (tokens: Token[], from: number): TextToken | null => {
  const token = tokens[from]
  return token?.type === 'text' ? token : null
}

const startArticle = (
  state: State,
  fields: Partial<DraftArticle> & { line: number },
): DraftArticle => {
  const section = state.section
  const title = fields.title ?? null
  const kind =
    title && noticeTitle.test(title) ? 'notice' : (section?.kind ?? (title ? 'article' : 'brief'))
  const draft = createDraft({
    kind,
    section: section?.label ?? null,
    ...fields,
    captions: [...state.pendingCaptions, ...(fields.captions ?? [])],
  })
  state.pendingCaptions = []
  // 【美】, 【链接】 label one article; a 短消息 list runs until the next title.
  if (section && section.kind !== 'brief') state.section = null
  state.articles.push(draft)
  state.current = draft
  return draft
}

/** Lines a title (with its kicker) may run over besides its first. */
const maxExtraTitleLines = 2
/** How a story's first line starts: 5月6日上午…, 近日…, 本报讯… */
const storyOpening = /^([0-9０-９]{1,4}\s*[年月]|近日|日前|近期|本报讯|据悉)/u

/** A title led by the places it happened, set apart by a space: 甲居民区、乙花园 楼道里的“小天地”. */
const placeTag = /^(\S+、\S+)\s+(\S.{3,})$/u

/** A title's next line: set right under it with no blank line, itself title-like. */
const isTitleContinuation = (token: TextToken | null): token is TextToken =>
  token !== null &&
  token.blanksBefore === 0 &&
  !storyOpening.test(token.text) &&
  isHeadingLike(token) &&
  !isCaptionLike(token) &&
  !isDashedSubtitle(token) &&
  !/[，,]/u.test(token.text)

/** A title line, and the subtitle printed under it when there is one. Returns tokens used. */
const readTitle = (
  state: State,
  tokens: Token[],
  index: number,
  firstLine: string,
  line: number,
) => {
  let title = firstLine
  let used = 1
  // A title wrapped over lines set with no blank between (or a kicker above it): one title.
  for (let extra = 0; extra < maxExtraTitleLines; extra++) {
    const wrapped = nextTextToken(tokens, index + used)
    if (!isTitleContinuation(wrapped)) break
    title = joinTitleLines(title, wrapped.text)
    used++
  }
  const next = nextTextToken(tokens, index + used)
  const afterNext = tokens[index + used + 1]
  const isSubtitle =
    next !== null &&
    isHeadingLike(next) &&
    !isCaptionLike(next) &&
    // A comma marks a sentence's first fragment, not a subtitle.
    (isDashedSubtitle(next) || !/[，,]/u.test(next.text)) &&
    (isDashedSubtitle(next) || (afterNext?.type === 'text' && !isHeadingLike(afterNext)))
  // A brief list ends at the first titled article.
  if (state.section?.kind === 'brief') state.section = null
  const tagged = isSubtitle ? null : placeTag.exec(title)
  startArticle(state, {
    line,
    subtitle: tagged
      ? (tagged[1] ?? null)
      : isSubtitle && next
        ? stripSubtitleDash(next.text)
        : null,
    title: tagged ? (tagged[2] ?? title) : title,
  })
  return used + (isSubtitle ? 1 : 0)
}

/** Joins a title's two lines; a space survives between Latin letters or digits only. */
const joinTitleLines = (first: string, second: string): string =>
  /[A-Za-z0-9]$/u.test(first) && /^[A-Za-z0-9]/u.test(second)
    ? `${first} ${second}`
    : first + second

const addBody = (state: State, token: TextToken): void => {
  const current = state.current
  const isBriefList = state.section?.kind === 'brief'
  // In a brief list each paragraph is a brief, unless OCR split it across columns.
  const isNextBrief = isBriefList && current !== null && current.paragraphs.length > 0
  const article =
    current && !current.isClosed && (!isNextBrief || current.isParagraphOpen)
      ? current
      : startArticle(state, { line: token.line })
  addFragment(article, {
    isContinuation: article.isParagraphOpen,
    line: token.line,
    text: token.text,
  })
  article.isParagraphOpen = !endsSentence(token.text) && !token.trailingBylines
  if (token.trailingBylines) {
    applyBylines(article, token.trailingBylines)
    article.isClosed = true
  }
}

/** A short line outside a paragraph: a caption, or the title of the next article. */
const handleHeadingLike = (state: State, tokens: Token[], index: number, token: TextToken) => {
  const current = state.current
  if (isCaptionLike(token)) {
    const next = nextTextToken(tokens, index + 1)
    const isBeforeTitle = next !== null && isHeadingLike(next) && !isCaptionLike(next)
    // After a closed article a caption belongs to it when a title follows, else to what follows.
    if (current && (!current.isClosed || isBeforeTitle)) current.captions.push(token.text)
    else state.pendingCaptions.push(token.text)
    return 1
  }
  return readTitle(state, tokens, index, token.text, token.line)
}

const handleText = (state: State, tokens: Token[], index: number, token: TextToken): number => {
  const current = state.current
  if (current?.isParagraphOpen) {
    if (isCaptionLike(token) && token.blanksBefore >= 1) {
      current.captions.push(token.text)
      return 1
    }
    addBody(state, token)
    return 1
  }
  const isInsideArticle = current !== null && !current.isClosed && current.paragraphs.length > 0
  // A short line nothing continues (end of file, before a label) is a title printed out of place.
  const isFollowedByText = nextTextToken(tokens, index + 1) !== null
  const mayBeTitle =
    !(state.areArticlesClosed && isInsideArticle) || isCaptionLike(token) || !isFollowedByText
  // Right under a title (and its subtitle) comes the body, however short its first fragment.
  const isUnderTitle = current !== null && current.title !== null && current.paragraphs.length === 0
  if (isHeadingLike(token) && mayBeTitle && (!isUnderTitle || isCaptionLike(token))) {
    return handleHeadingLike(state, tokens, index, token)
  }
  addBody(state, token)
  return 1
}

const compactTitle = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '')

const isSameTitle = (text: string | undefined, title: null | string | undefined): boolean =>
  text !== undefined && !!title && compactTitle(text) === compactTitle(title)

/** 下转第N版: the article pauses here and resumes where its 上接 part is printed. */
const pauseArticle = (state: State, token: Extract<Token, { type: 'jump' }>): void => {
  const current = state.current
  if (!current) return
  state.jumpedArticles.push({
    article: current,
    isParagraphOpen: current.isParagraphOpen,
    line: token.line,
    page: token.page,
  })
  current.isClosed = true
  current.isParagraphOpen = false
}

/**
 * 上接第N版: what follows continues the article that jumped away. A title printed just before
 * the jump line repeats the article's title, so it starts no article of its own.
 */
const resumeArticle = (state: State, token: Extract<Token, { type: 'jump' }>): void => {
  const current = state.current
  const isRepeatedTitle = current !== null && current.paragraphs.length === 0
  const repeated = isRepeatedTitle ? current : null
  const byTitle = repeated?.title
    ? state.jumpedArticles.findIndex(({ article }) => article.title === repeated.title)
    : -1
  const at = byTitle >= 0 ? byTitle : 0
  const jumped = state.jumpedArticles[at]
  if (!jumped) {
    state.diagnostics.push({
      level: 'warning',
      line: token.line,
      message: `Continued from page ${token.page}, which is not in this file`,
    })
    return
  }
  state.jumpedArticles.splice(at, 1)
  if (repeated) {
    if (state.articles.at(-1) === repeated) state.articles.pop()
    jumped.article.captions.push(...repeated.captions)
  }
  // The continued part belongs to the story, not to the brief list printed before it.
  state.section = null
  jumped.article.isClosed = false
  jumped.article.isParagraphOpen = jumped.isParagraphOpen
  state.current = jumped.article
  state.diagnostics.push({
    level: 'info',
    line: token.line,
    message: `Joined the continuation of “${jumped.article.title ?? '(untitled)'}” (jumped at line ${jumped.line})`,
  })
}

/**
 * Walks the tokens once and groups them into articles: titles (with subtitles), paragraphs
 * rejoined across column breaks and captions, credits, bylines, sections and brief lists.
 */
export const buildArticles = (
  tokens: Token[],
): { articles: DraftArticle[]; diagnostics: Diagnostic[] } => {
  const closers = tokens.filter(
    (token) =>
      token.type === 'credit' ||
      token.type === 'byline' ||
      (token.type === 'text' && token.trailingBylines),
  )
  const state: State = {
    areArticlesClosed: closers.length >= 2,
    articles: [],
    current: null,
    diagnostics: [],
    jumpedArticles: [],
    pendingCaptions: [],
    section: null,
  }
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]
    if (!token) break
    switch (token.type) {
      case 'heading':
        index += readTitle(state, tokens, index, token.text, token.line)
        continue
      case 'section':
        state.section = sectionOf(token.label)
        if (state.current) state.current.isClosed = true
        if (token.rest) {
          index += readTitle(state, tokens, index, token.rest, token.line)
          continue
        }
        break
      case 'credit':
        if (state.current) {
          state.current.department = token.department
          state.current.isClosed = true
          state.current.isParagraphOpen = false
        } else {
          state.diagnostics.push({
            level: 'warning',
            line: token.line,
            message: `Credit ${token.raw} has no article before it`,
          })
        }
        break
      case 'byline':
        if (state.current) {
          applyBylines(state.current, token.bylines)
          // A byline under the title opens the article; after its text it closes it. A photo
          // credit (吴刚 摄) sits beside its photo, anywhere in the story.
          const isPhotoCredit = token.bylines.every((byline) => byline.role === 'photographer')
          if (state.current.paragraphs.length > 0 && !isPhotoCredit) {
            state.current.isClosed = true
            state.current.isParagraphOpen = false
          }
        } else {
          state.diagnostics.push({
            level: 'warning',
            line: token.line,
            message: `Byline ${token.raw.trim()} has no article before it`,
          })
        }
        break
      case 'jump':
        if (token.direction === 'to') pauseArticle(state, token)
        else {
          resumeArticle(state, token)
          // The title repeated under the 上接 line is not text of the story.
          if (isSameTitle(nextTextToken(tokens, index + 1)?.text, state.current?.title)) index++
        }
        break
      case 'marker':
        // HEADLINE and the like announce a new story: whatever was open ends here.
        if (state.current && state.current.paragraphs.length > 0) {
          state.current.isClosed = true
          state.current.isParagraphOpen = false
        }
        break
      case 'text':
        index += handleText(state, tokens, index, token)
        continue
      default:
        break
    }
    index++
  }
  // Captions printed after the last story (a page's closing photo) belong to it.
  const last = state.articles.at(-1)
  if (last) last.captions.push(...state.pendingCaptions)
  else {
    for (const caption of state.pendingCaptions) {
      state.diagnostics.push({
        level: 'warning',
        line: 1,
        message: `Caption “${caption}” has no article`,
      })
    }
  }
  for (const { line, page } of state.jumpedArticles) {
    state.diagnostics.push({
      level: 'info',
      line,
      message: `Continues on page ${page}, which is not in this file`,
    })
  }
  return { articles: state.articles, diagnostics: state.diagnostics }
}
