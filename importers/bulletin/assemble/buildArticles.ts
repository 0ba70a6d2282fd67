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
import { addFragment, applyByline, createDraft } from './draftArticle'

type Section = { kind: 'article' | 'brief' | 'sidebar'; label: string }

type State = {
  articles: DraftArticle[]
  /**
   * Articles of this issue end with a credit or byline, so a short line inside an unclosed
   * article is a paragraph's first fragment, not the next title.
   */
  areArticlesClosed: boolean
  current: DraftArticle | null
  diagnostics: Diagnostic[]
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

/** A title line, and the subtitle printed under it when there is one. Returns tokens used. */
const readTitle = (state: State, tokens: Token[], index: number, title: string, line: number) => {
  const next = nextTextToken(tokens, index + 1)
  const afterNext = tokens[index + 2]
  const isSubtitle =
    next !== null &&
    isHeadingLike(next) &&
    !isCaptionLike(next) &&
    // A comma marks a sentence's first fragment, not a subtitle.
    (isDashedSubtitle(next) || !/[，,]/u.test(next.text)) &&
    (isDashedSubtitle(next) || (afterNext?.type === 'text' && !isHeadingLike(afterNext)))
  // A brief list ends at the first titled article.
  if (state.section?.kind === 'brief') state.section = null
  startArticle(state, {
    line,
    subtitle: isSubtitle && next ? stripSubtitleDash(next.text) : null,
    title,
  })
  return isSubtitle ? 2 : 1
}

const addBody = (state: State, token: TextToken): void => {
  const current = state.current
  const isBriefList = state.section?.kind === 'brief'
  const article =
    current && !current.isClosed && !(isBriefList && current.paragraphs.length > 0)
      ? current
      : startArticle(state, { line: token.line })
  addFragment(article, {
    isContinuation: article.isParagraphOpen,
    line: token.line,
    text: token.text,
  })
  article.isParagraphOpen = !endsSentence(token.text) && !token.trailingByline
  if (token.trailingByline) {
    applyByline(article, token.trailingByline)
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
      (token.type === 'text' && token.trailingByline),
  )
  const state: State = {
    areArticlesClosed: closers.length >= 2,
    articles: [],
    current: null,
    diagnostics: [],
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
          applyByline(state.current, token.byline)
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
  return { articles: state.articles, diagnostics: state.diagnostics }
}
