'use client'

import type React from 'react'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { translateDiagnostic } from '../../utilities/translateDiagnostic'
import { adminTextFor, formatText } from '../adminText'
import '../styles.css'

type ImportRun = {
  counts?: { articles?: number; departments?: number; people?: number; photos?: number } | null
  diagnostics?: { level?: string; line?: number; message?: string }[] | null
  error?: null | string
  fileName?: null | string
  id: number
  issue?: null | number | { id: number }
  status: string
}

type Step =
  | { error: string; name: 'failed' }
  | { name: 'choosing' }
  | { name: 'uploading' }
  | { name: 'watching'; run: ImportRun }

const importRunsSlug = 'import-runs'
const pollMs = 1500
const shownDiagnostics = 30
const unfinished = new Set(['queued', 'running'])

/** The status labels of Import runs, in the admin's language. */
const statusText = (language: string, status: string): string => {
  const zh: Record<string, string> = {
    failed: '导入失败',
    queued: '排队中',
    rolledBack: '已撤销',
    running: '正在导入…',
    skipped: '已跳过：这个文件之前已经导入过',
    succeeded: '导入成功',
  }
  const en: Record<string, string> = {
    failed: 'Import failed',
    queued: 'Queued',
    rolledBack: 'Rolled back',
    running: 'Importing…',
    skipped: 'Skipped: this file was imported before',
    succeeded: 'Imported',
  }
  return (language === 'en' ? en : zh)[status] ?? status
}

/**
 * The dashboard's import box: upload a bulletin file, watch its import run until it finishes,
 * and read its report (what it created, the importer's notes, the issue to proof-read).
 */
export const DashboardImport: React.FC = () => {
  const { i18n } = useTranslation()
  const text = adminTextFor(i18n.language)
  const { config } = useConfig()
  const apiUrl = `${config.serverURL}${config.routes.api}/${importRunsSlug}`
  const adminUrl = `${config.serverURL}${config.routes.admin}/collections`
  const [file, setFile] = useState<File | null>(null)
  const [step, setStep] = useState<Step>({ name: 'choosing' })

  const runId = step.name === 'watching' ? step.run.id : null
  const isRunning = step.name === 'watching' && unfinished.has(step.run.status)
  useEffect(() => {
    if (runId === null || !isRunning) return
    const timer = setInterval(() => {
      void fetch(`${apiUrl}/${runId}?depth=0`, { credentials: 'include' })
        .then((response) => (response.ok ? (response.json() as Promise<ImportRun>) : null))
        .then((run) => {
          if (run) setStep({ name: 'watching', run })
        })
    }, pollMs)
    return () => clearInterval(timer)
  }, [apiUrl, isRunning, runId])

  const upload = async () => {
    if (!file) return
    setStep({ name: 'uploading' })
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ fileName: file.name, source: 'upload' }))
    const response = await fetch(`${apiUrl}?depth=0`, {
      body: form,
      credentials: 'include',
      method: 'POST',
    })
    const body = (await response.json().catch(() => null)) as {
      doc?: ImportRun
      errors?: { message: string }[]
    } | null
    if (!response.ok || !body?.doc) {
      setStep({ error: body?.errors?.[0]?.message ?? response.statusText, name: 'failed' })
      return
    }
    setStep({ name: 'watching', run: body.doc })
  }

  const reset = () => {
    setFile(null)
    setStep({ name: 'choosing' })
  }

  const run = step.name === 'watching' ? step.run : null
  const issue = run?.issue ?? null
  const issueId = typeof issue === 'object' && issue !== null ? issue.id : issue
  return (
    <section aria-label={text.importTitle} className="bulletin-import">
      <h3 className="bulletin-issue__title">{text.importTitle}</h3>
      {step.name === 'choosing' || step.name === 'failed' ? (
        <>
          <p className="bulletin-issue__note">{text.importChoose}</p>
          <p>
            {/* The browser's own file button speaks the browser's language: ours speaks the admin's. */}
            <label className="bulletin-import__choose">
              {text.importChooseButton}
              <input
                accept=".txt,text/plain"
                className="bulletin-import__file"
                name="bulletin-file"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                type="file"
              />
            </label>{' '}
            <span className="bulletin-import__file-name">{file?.name ?? text.importNoFile}</span>
          </p>
          <button disabled={!file} onClick={() => void upload()} type="button">
            {text.importStart}
          </button>
          {step.name === 'failed' ? (
            <p role="alert">{formatText(text.importFailed, { error: step.error })}</p>
          ) : null}
        </>
      ) : null}
      {step.name === 'uploading' ? <p role="status">{text.importUploading}</p> : null}
      {run ? (
        <div className="bulletin-import__report" role="status">
          <p>
            <strong>{run.fileName}</strong>：
            {run.status === 'queued' ? text.importWaiting : statusText(i18n.language, run.status)}
          </p>
          {run.error ? <p role="alert">{run.error}</p> : null}
          {run.status === 'succeeded' ? (
            <p>
              {formatText(text.importCounts, {
                articles: run.counts?.articles ?? 0,
                departments: run.counts?.departments ?? 0,
                people: run.counts?.people ?? 0,
                photos: run.counts?.photos ?? 0,
              })}
            </p>
          ) : null}
          {!isRunning && (run.diagnostics?.length ?? 0) > 0 ? (
            <details open>
              <summary>
                {formatText(text.importProblems, { count: run.diagnostics?.length ?? 0 })}
              </summary>
              <ul>
                {(run.diagnostics ?? []).slice(0, shownDiagnostics).map((diagnostic, index) => (
                  <li key={index}>
                    {diagnostic.line ? `${formatText(text.line, { line: diagnostic.line })}：` : ''}
                    {translateDiagnostic(diagnostic.message ?? '', i18n.language)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {!isRunning ? (
            <p>
              {issueId ? (
                <a href={`${adminUrl}/issues/${issueId}`}>{text.importOpenIssue}</a>
              ) : null}{' '}
              <a href={`${adminUrl}/${importRunsSlug}/${run.id}`}>{text.importOpenRun}</a>{' '}
              <button onClick={reset} type="button">
                {text.importAnother}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
