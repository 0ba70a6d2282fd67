type LexicalNode = { children?: LexicalNode[]; text?: string; type?: string }

const textOf = (node: LexicalNode): string =>
  node.type === 'linebreak' ? '\n' : (node.text ?? (node.children ?? []).map(textOf).join(''))

/** The text of a Lexical document, one line per top-level block (paragraph, heading, list…). */
export const extractPlainText = (body: unknown): string => {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  return (root?.children ?? [])
    .map(textOf)
    .filter((line) => line.trim() !== '')
    .join('\n')
}
