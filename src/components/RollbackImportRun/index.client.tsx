'use client'

import type React from 'react'

import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { adminTextFor, formatText } from '../adminText'
import '../styles.css'

type RollbackOutcome = {
  articles: number
  departments: number
  people: number
  photos: number
}

/**
 * Undoes a succeeded import from its run's page: confirm, then the server removes exactly what
 * the import created (POST /api/import-runs/:id/rollback; editors and administrators only).
 */
export const RollbackImportRun: React.FC = () => {
  const { i18n } = useTranslation()
  const text = adminTextFor(i18n.language)
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const status = useFormFields(([fields]) => fields.status?.value)
  const [message, setMessage] = useState<null | string>(null)
  const [isRunning, setIsRunning] = useState(false)
  const [isDone, setIsDone] = useState(false)

  if (id === undefined || id === null || status !== 'succeeded') return null

  const rollBack = async () => {
    if (!window.confirm(text.rollbackConfirm)) return
    setIsRunning(true)
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/rollback`,
      { credentials: 'include', method: 'POST' },
    )
    const body = (await response.json().catch(() => null)) as
      (RollbackOutcome & { errors?: { message: string }[] }) | null
    setIsRunning(false)
    if (!response.ok || !body) {
      setMessage(
        formatText(text.rollbackFailed, {
          error: body?.errors?.[0]?.message ?? response.statusText,
        }),
      )
      return
    }
    const { articles, departments, people, photos } = body
    setMessage(formatText(text.rollbackDone, { articles, departments, people, photos }))
    setIsDone(true)
    router.refresh()
  }

  return (
    <section aria-label={text.rollbackTitle} className="bulletin-merge">
      <h4>{text.rollbackTitle}</h4>
      <p className="bulletin-issue__note">{text.rollbackDescription}</p>
      {isDone ? null : (
        <button disabled={isRunning} onClick={() => void rollBack()} type="button">
          {isRunning ? text.rollbackRunning : text.rollbackButton}
        </button>
      )}
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
