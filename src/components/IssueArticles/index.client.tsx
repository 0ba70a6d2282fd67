'use client'

import type React from 'react'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { moveItem } from '../../utilities/moveItem'
import { adminTextFor, formatText } from '../adminText'
import '../styles.css'

type ArticleRow = {
  _status?: 'draft' | 'published' | null
  id: number | string
  kind?: null | string
  needsReview?: boolean | null
  position?: null | number
  title: string
}

type LoadState = 'failed' | 'loaded' | 'loading'

const articlesSlug = 'articles'

const listQuery = (issueId: number | string): string =>
  new URLSearchParams({
    depth: '0',
    draft: 'true',
    limit: '1000',
    'select[_status]': 'true',
    'select[kind]': 'true',
    'select[needsReview]': 'true',
    'select[position]': 'true',
    'select[title]': 'true',
    sort: 'position',
    'where[issue][equals]': String(issueId),
  }).toString()

/**
 * An issue's articles in printed order, with their status and review flag, reordered with the
 * arrows. A position is saved the way the article is: as a draft while its latest version is a
 * draft, published otherwise, so reordering never publishes or discards anyone's edits.
 */
export const IssueArticles: React.FC = () => {
  const { i18n } = useTranslation()
  const text = adminTextFor(i18n.language)
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const apiUrl = `${config.serverURL}${config.routes.api}/${articlesSlug}`
  const adminUrl = `${config.serverURL}${config.routes.admin}/collections/${articlesSlug}`
  const [rows, setRows] = useState<ArticleRow[]>([])
  const [state, setState] = useState<LoadState>('loading')
  const [isSaving, setIsSaving] = useState(false)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(`${apiUrl}?${listQuery(id)}`, { credentials: 'include' })
    if (!response.ok) {
      setState('failed')
      return
    }
    const body = (await response.json()) as { docs: ArticleRow[] }
    setRows(body.docs)
    setState('loaded')
  }, [apiUrl, id])

  useEffect(() => {
    void load()
  }, [load])

  const move = async (index: number, offset: -1 | 1) => {
    const reordered = moveItem(rows, index, offset)
    if (reordered === rows) return
    setRows(reordered)
    setIsSaving(true)
    const changed = reordered.flatMap((row, position) =>
      row.position === position ? [] : [{ position, row }],
    )
    const results = await Promise.all(
      changed.map(({ position, row }) =>
        fetch(
          `${apiUrl}/${row.id}?depth=0&draft=${row._status === 'published' ? 'false' : 'true'}`,
          {
            body: JSON.stringify({ position }),
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            method: 'PATCH',
          },
        ),
      ),
    )
    setIsSaving(false)
    if (results.some((response) => !response.ok)) setState('failed')
    await load()
  }

  if (id === undefined || id === null)
    return <p className="bulletin-issue__note">{text.issueUnsaved}</p>
  const drafts = rows.filter((row) => row._status !== 'published').length
  return (
    <section aria-label={text.title} className="bulletin-issue">
      <h3 className="bulletin-issue__title">
        {formatText(text.articleCount, { count: rows.length })}
      </h3>
      {state === 'loading' ? <p className="bulletin-issue__note">{text.loading}</p> : null}
      {state === 'failed' ? <p className="bulletin-issue__note">{text.loadFailed}</p> : null}
      {state === 'loaded' && rows.length === 0 ? (
        <p className="bulletin-issue__note">{text.issueEmpty}</p>
      ) : null}
      {drafts > 0 ? (
        <p className="bulletin-issue__note">{formatText(text.draftsToPublish, { drafts })}</p>
      ) : null}
      {isSaving ? <p className="bulletin-issue__note">{text.saving}</p> : null}
      {rows.length > 0 ? (
        <table className="bulletin-issue__table bulletin-issue__articles">
          <thead>
            <tr>
              <th>{text.order}</th>
              <th>{text.title}</th>
              <th>{text.status}</th>
              <th>{text.needsReview}</th>
              <th aria-label={text.moveUp} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr data-article-id={row.id} key={row.id}>
                <td>{index + 1}</td>
                <td>
                  <a href={`${adminUrl}/${row.id}`}>{row.title}</a>
                </td>
                <td>
                  <span
                    className={`bulletin-status bulletin-status--${row._status === 'published' ? 'published' : 'draft'}`}
                  >
                    {row._status === 'published' ? text.published : text.draft}
                  </span>
                </td>
                <td>
                  {row.needsReview ? (
                    <span className="bulletin-flag">{text.needsReview}</span>
                  ) : (
                    text.reviewed
                  )}
                </td>
                <td className="bulletin-issue__actions">
                  <button
                    aria-label={`${text.moveUp}: ${row.title}`}
                    disabled={isSaving || index === 0}
                    onClick={() => void move(index, -1)}
                    title={text.moveUp}
                    type="button"
                  >
                    ↑
                  </button>
                  <button
                    aria-label={`${text.moveDown}: ${row.title}`}
                    disabled={isSaving || index === rows.length - 1}
                    onClick={() => void move(index, 1)}
                    title={text.moveDown}
                    type="button"
                  >
                    ↓
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
