import type { UIFieldServerProps } from 'payload'
import type React from 'react'

import { adminTextFor } from '../adminText'
import { ReviewChecklist } from '../ReviewChecklist/index.client'
import '../styles.css'

type SourceLine = { line: number; text: string }

type ArticleData = {
  diagnostics?: { isResolved?: boolean | null; line?: null | number }[] | null
  provenance?: { sourceFile?: null | string; sourceLines?: unknown } | null
}

const readSourceLines = (value: unknown): SourceLine[] =>
  Array.isArray(value)
    ? (value as unknown[]).filter(
        (item): item is SourceLine =>
          typeof (item as SourceLine | null)?.line === 'number' &&
          typeof (item as SourceLine).text === 'string',
      )
    : []

/**
 * The proof-reading column beside the editor: the importer's checklist, then the source lines
 * the article was imported from, numbered as in the file. Lines an unchecked diagnostic points
 * at are marked; the checklist links to them.
 */
export const SourceLines = ({ data, field, i18n }: UIFieldServerProps): React.ReactElement => {
  const text = adminTextFor(i18n.language)
  const article = data as ArticleData
  const lines = readSourceLines(article.provenance?.sourceLines)
  const flagged = new Set(
    (article.diagnostics ?? [])
      .filter((diagnostic) => diagnostic.isResolved !== true)
      .map((diagnostic) => diagnostic.line),
  )
  return (
    <aside
      className="bulletin-proofread"
      // A custom field in a row sets its own width, as Payload's fields do.
      style={{ '--field-width': field.admin?.width ?? '40%' } as React.CSSProperties}
    >
      <ReviewChecklist />
      <section aria-label={text.sourceTitle} className="bulletin-source">
        <header className="bulletin-source__header">
          <strong>{text.sourceTitle}</strong>
          {article.provenance?.sourceFile ? (
            <span className="bulletin-source__file">{article.provenance.sourceFile}</span>
          ) : null}
        </header>
        {lines.length === 0 ? (
          <p className="bulletin-source__empty">{text.noSourceLines}</p>
        ) : (
          <ol className="bulletin-source__lines">
            {lines.map(({ line, text: lineText }, index) => (
              <li
                className={
                  flagged.has(line)
                    ? 'bulletin-source__line bulletin-source__line--flagged'
                    : 'bulletin-source__line'
                }
                id={`source-line-${line}`}
                key={`${line}-${index}`}
              >
                <span className="bulletin-source__number">{line}</span>
                <span className="bulletin-source__text">
                  {lineText === '' ? '\u00a0' : lineText}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  )
}
