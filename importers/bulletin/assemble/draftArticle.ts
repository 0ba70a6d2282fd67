import type { ArticleKind, Byline, Paragraph } from '../types'

/** An article while it is being assembled. */
export type DraftArticle = {
  authors: string[]
  captions: string[]
  department: null | string
  /** No more body joins it (credit or byline seen). */
  isClosed: boolean
  /** The last paragraph stopped mid-sentence: the next body fragment continues it. */
  isParagraphOpen: boolean
  kind: ArticleKind
  line: number
  paragraphs: Paragraph[]
  photographers: string[]
  section: null | string
  subtitle: null | string
  title: null | string
  /** Where the title was printed, when it stood apart from its story. */
  titleLine: null | number
}

/** A new draft article with empty lists and the given fields. */
export const createDraft = (
  fields: Partial<DraftArticle> & { kind: ArticleKind; line: number },
): DraftArticle => ({
  authors: [],
  captions: [],
  department: null,
  isClosed: false,
  isParagraphOpen: false,
  paragraphs: [],
  photographers: [],
  section: null,
  subtitle: null,
  title: null,
  titleLine: null,
  ...fields,
})

/** Credits bylines' names as authors, photographers or both. */
export const applyBylines = (draft: DraftArticle, bylines: Byline[]): void => {
  for (const byline of bylines) {
    if (byline.role !== 'photographer') draft.authors.push(...byline.names)
    if (byline.role !== 'author') draft.photographers.push(...byline.names)
  }
}

/** Adds a body fragment: a new paragraph, or the continuation of an unfinished one. */
export const addFragment = (
  draft: DraftArticle,
  { isContinuation, line, text }: { isContinuation: boolean; line: number; text: string },
): void => {
  const last = draft.paragraphs.at(-1)
  if (isContinuation && last) {
    // Test the previous fragment, not the whole paragraph: reading a growing string's end
    // flattens it each time, which made long unpunctuated paragraphs quadratic.
    last.text += separatorBetween(lastFragments.get(last) ?? last.text, text) + text
    last.lines.push(line)
    lastFragments.set(last, text)
  } else {
    const paragraph = { lines: [line], text }
    draft.paragraphs.push(paragraph)
    lastFragments.set(paragraph, text)
  }
}

const lastFragments = new WeakMap<Paragraph, string>()

/** A space survives only between two Latin letters or digits. */
const separatorBetween = (left: string, right: string): string =>
  /[A-Za-z0-9]$/u.test(left) && /^[A-Za-z0-9]/u.test(right) ? ' ' : ''
