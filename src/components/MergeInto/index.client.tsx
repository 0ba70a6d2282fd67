'use client'

import type React from 'react'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { adminTextFor, formatText } from '../adminText'
import '../styles.css'

type Candidate = { id: number; name: string }

const searchQuery = (search: string, excludeId: number | string): string =>
  new URLSearchParams({
    depth: '0',
    limit: '8',
    'select[name]': 'true',
    sort: 'name',
    'where[and][0][name][like]': search,
    'where[and][1][id][not_equals]': String(excludeId),
  }).toString()

/**
 * Merges the person or department being edited into another entry of its office: search,
 * choose, confirm. The server re-points every reference and deletes this entry.
 */
export const MergeInto: React.FC = () => {
  const { i18n } = useTranslation()
  const text = adminTextFor(i18n.language)
  const { collectionSlug, id, title } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const apiUrl = `${config.serverURL}${config.routes.api}/${collectionSlug}`
  const [search, setSearch] = useState('')
  const [candidates, setCandidates] = useState<Candidate[] | null>(null)
  const [message, setMessage] = useState<null | string>(null)
  const [isMerging, setIsMerging] = useState(false)

  useEffect(() => {
    if (id === undefined || id === null || search.trim() === '') {
      setCandidates(null)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`${apiUrl}?${searchQuery(search.trim(), id)}`, {
        credentials: 'include',
        signal: controller.signal,
      })
        .then((response) => (response.ok ? response.json() : { docs: [] }))
        .then((body: { docs: Candidate[] }) => setCandidates(body.docs))
        .catch(() => undefined)
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [apiUrl, id, search])

  if (id === undefined || id === null) return null

  const merge = async (target: Candidate) => {
    const source = typeof title === 'string' ? title : String(id)
    if (!window.confirm(formatText(text.mergeConfirm, { source, target: target.name }))) return
    setIsMerging(true)
    const response = await fetch(`${apiUrl}/${id}/merge`, {
      body: JSON.stringify({ into: target.id }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        errors?: { message: string }[]
      } | null
      setIsMerging(false)
      setMessage(body?.errors?.[0]?.message ?? response.statusText)
      return
    }
    setMessage(formatText(text.mergeDone, { target: target.name }))
    router.push(`${config.routes.admin}/collections/${collectionSlug}/${target.id}`)
  }

  return (
    <section aria-label={text.mergeTitle} className="bulletin-merge">
      <h4>{text.mergeTitle}</h4>
      <p className="bulletin-issue__note">{text.mergeDescription}</p>
      <input
        aria-label={text.mergeSearch}
        disabled={isMerging}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={text.mergeSearch}
        type="search"
        value={search}
      />
      {candidates !== null && candidates.length === 0 ? (
        <p className="bulletin-issue__note">{text.mergeNoResults}</p>
      ) : null}
      {candidates && candidates.length > 0 ? (
        <ul>
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              {candidate.name}{' '}
              <button disabled={isMerging} onClick={() => void merge(candidate)} type="button">
                {text.mergeButton}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
