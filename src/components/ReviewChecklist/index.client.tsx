'use client'

import type { FormState } from 'payload'
import type React from 'react'

import { useForm, useFormFields, useTranslation } from '@payloadcms/ui'

import { translateDiagnostic } from '../../utilities/translateDiagnostic'
import { adminTextFor, formatText } from '../adminText'
import '../styles.css'

type Level = 'error' | 'info' | 'warning'

type ChecklistItem = {
  isResolved: boolean
  level: Level
  line: null | number
  message: string
  path: string
}

const arrayPath = 'diagnostics'

/** The diagnostics rows as the form holds them now, unsaved edits included. */
const readChecklist = (fields: FormState): ChecklistItem[] => {
  const rows = fields[arrayPath]?.rows ?? []
  return rows.map((_, index) => {
    const at = (name: string) => fields[`${arrayPath}.${index}.${name}`]?.value
    const level = at('level')
    return {
      isResolved: at('isResolved') === true,
      level: level === 'error' || level === 'info' ? level : 'warning',
      line: typeof at('line') === 'number' ? (at('line') as number) : null,
      message: typeof at('message') === 'string' ? (at('message') as string) : '',
      path: `${arrayPath}.${index}.isResolved`,
    }
  })
}

/**
 * The importer's diagnostics of an article as a checklist for the proof-reader: each item links
 * to its source line; ticking them all clears the article's "needs review" flag on save.
 */
export const ReviewChecklist: React.FC = () => {
  const { i18n } = useTranslation()
  const text = adminTextFor(i18n.language)
  const { setModified } = useForm()
  const items = useFormFields(([fields]) => readChecklist(fields))
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const done = items.filter((item) => item.isResolved).length

  const setResolved = (paths: string[], isResolved: boolean) => {
    const changed = new Set(paths)
    for (const path of paths) dispatch({ type: 'UPDATE', path, value: isResolved })
    const isStillOpen = items.some((item) =>
      changed.has(item.path) ? !isResolved : !item.isResolved,
    )
    dispatch({ type: 'UPDATE', path: 'needsReview', value: isStillOpen })
    setModified(true)
  }

  return (
    <section aria-label={text.checklistTitle} className="bulletin-checklist">
      <header className="bulletin-checklist__header">
        <h3 className="bulletin-checklist__title">{text.checklistTitle}</h3>
        {items.length > 0 ? (
          <span className="bulletin-checklist__progress">
            {formatText(text.checklistProgress, { done, total: items.length })}
          </span>
        ) : null}
      </header>
      {items.length === 0 ? (
        <p className="bulletin-checklist__note">{text.checklistEmpty}</p>
      ) : (
        <>
          <ul className="bulletin-checklist__items">
            {items.map((item) => (
              <li
                className={
                  item.isResolved
                    ? 'bulletin-checklist__item bulletin-checklist__item--done'
                    : 'bulletin-checklist__item'
                }
                key={item.path}
              >
                <label>
                  <input
                    checked={item.isResolved}
                    onChange={(event) => setResolved([item.path], event.target.checked)}
                    type="checkbox"
                  />
                  <span
                    className={`bulletin-checklist__level bulletin-checklist__level--${item.level}`}
                  >
                    {text.level[item.level]}
                  </span>
                  {item.line !== null ? (
                    <a className="bulletin-checklist__line" href={`#source-line-${item.line}`}>
                      {formatText(text.line, { line: item.line })}
                    </a>
                  ) : null}
                  <span className="bulletin-checklist__message">
                    {translateDiagnostic(item.message, i18n.language)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {done === items.length ? (
            <p className="bulletin-checklist__note bulletin-checklist__note--done">
              {text.checklistDone}
            </p>
          ) : (
            <button
              className="bulletin-checklist__all"
              onClick={() =>
                setResolved(
                  items.map((item) => item.path),
                  true,
                )
              }
              type="button"
            >
              {text.checkAll}
            </button>
          )}
        </>
      )}
    </section>
  )
}
