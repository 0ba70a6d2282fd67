import type { FieldHook } from 'payload'

type DiagnosticRow = { isResolved?: boolean | null }

/** Whether any importer diagnostic of an article is still unchecked. */
export const hasOpenDiagnostics = (diagnostics: unknown): boolean =>
  Array.isArray(diagnostics) &&
  (diagnostics as DiagnosticRow[]).some((diagnostic) => diagnostic.isResolved !== true)

/**
 * An article needs review while a diagnostic is unchecked: the flag behind the list's "needs
 * review" filter follows the checklist, whatever the form sent.
 */
export const setNeedsReview: FieldHook = ({ data, originalDoc }) =>
  hasOpenDiagnostics(
    data && 'diagnostics' in data
      ? data.diagnostics
      : (originalDoc as { diagnostics?: unknown } | undefined)?.diagnostics,
  )
