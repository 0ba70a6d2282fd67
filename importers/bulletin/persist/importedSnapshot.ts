import type { PlannedArticle } from './toDocuments'

/** The values an import wrote, kept on the article so a later import can tell staff edits. */
export type ImportedSnapshot = {
  excerpt: string
  kind: string
  paragraphs: string[]
  section: null | string
  subtitle: null | string
  title: string
}

export const snapshotOf = (article: PlannedArticle): ImportedSnapshot => ({
  excerpt: article.excerpt,
  kind: article.kind,
  paragraphs: article.paragraphs,
  section: article.section,
  subtitle: article.subtitle,
  title: article.title,
})

type LexicalNode = { children?: LexicalNode[]; text?: string; type?: string }

/** The plain paragraphs of a Lexical body, to compare with what an import wrote. */
export const readParagraphs = (body: unknown): string[] => {
  const root = (body as { root?: LexicalNode } | null)?.root
  const textOf = (node: LexicalNode): string =>
    node.text ?? (node.children ?? []).map(textOf).join('')
  return (root?.children ?? []).filter((node) => node.type === 'paragraph').map(textOf)
}
