import type { DraftArticle } from './assemble/draftArticle'
import { extractPersons } from './extract/extractPersons'
import type { ParsedArticle } from './types'

const uniqueInOrder = (names: string[]): string[] => [...new Set(names)]

/** An assembled article as the importer hands it on, with the people its text names. */
export const toParsedArticle = (draft: DraftArticle): ParsedArticle => {
  const paragraphs = draft.paragraphs.map((paragraph) => paragraph.text)
  return {
    authors: uniqueInOrder(draft.authors),
    captions: draft.captions,
    department: draft.department,
    kind: draft.kind,
    line: draft.line,
    paragraphLines: draft.paragraphs.map((paragraph) => paragraph.lines),
    paragraphs,
    persons: extractPersons([draft.title ?? '', draft.subtitle ?? '', ...paragraphs].join('\n')),
    photographers: uniqueInOrder(draft.photographers),
    section: draft.section,
    subtitle: draft.subtitle,
    title: draft.title,
    titleLine: draft.titleLine,
  }
}
