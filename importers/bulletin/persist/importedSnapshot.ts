import { createHash } from 'node:crypto'

import type { PlannedArticle } from './toDocuments'

/** The fields an import fills and a later import of a corrected file may update. */
export type SnapshotField = 'excerpt' | 'kind' | 'paragraphs' | 'section' | 'subtitle' | 'title'

/** What each field holds, comparable: the body by the sha256 of its paragraphs. */
export type FieldValues = Record<SnapshotField, null | string>

/**
 * The values an import wrote, kept on the article so a later import can tell staff edits. The
 * body is kept as a digest: telling whether it changed needs no third copy of the text.
 */
export type ImportedSnapshot = Omit<FieldValues, 'paragraphs'> & { paragraphsSha256: string }

export const paragraphsSha256 = (paragraphs: string[]): string =>
  createHash('sha256').update(JSON.stringify(paragraphs)).digest('hex')

export const snapshotOf = (article: PlannedArticle): ImportedSnapshot => ({
  excerpt: article.excerpt,
  kind: article.kind,
  paragraphsSha256: paragraphsSha256(article.paragraphs),
  section: article.section,
  subtitle: article.subtitle,
  title: article.title,
})

/**
 * A stored snapshot's field values, or null when the article has none. A snapshot written
 * before bodies were kept as digests holds the paragraphs themselves.
 */
export const readSnapshot = (stored: unknown): FieldValues | null => {
  if (!stored || typeof stored !== 'object') return null
  const {
    paragraphs,
    paragraphsSha256: digest,
    ...fields
  } = stored as ImportedSnapshot & { paragraphs?: string[] }
  return { ...fields, paragraphs: digest ?? (paragraphs ? paragraphsSha256(paragraphs) : null) }
}

export const fieldValuesOf = ({
  paragraphsSha256: paragraphs,
  ...fields
}: ImportedSnapshot): FieldValues => ({ ...fields, paragraphs })

type LexicalNode = { children?: LexicalNode[]; text?: string; type?: string }

/** The plain paragraphs of a Lexical body, to compare with what an import wrote. */
export const readParagraphs = (body: unknown): string[] => {
  const root = (body as { root?: LexicalNode } | null)?.root
  const textOf = (node: LexicalNode): string =>
    node.text ?? (node.children ?? []).map(textOf).join('')
  return (root?.children ?? []).filter((node) => node.type === 'paragraph').map(textOf)
}
