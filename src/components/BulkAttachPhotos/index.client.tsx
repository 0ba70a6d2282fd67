'use client'

import type React from 'react'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { ImageMatch, IssuePhoto, MatchProblem, UploadLimits } from '../../photos/types'
import { matchImagesToCaptions } from '../../photos/matchImagesToCaptions'
import type { Correction } from '../../photos/replayCorrections'
import { reassignImage } from '../../photos/reassignImage'
import { replayCorrections } from '../../photos/replayCorrections'
import { formatByteSize } from '../../utilities/formatByteSize'
import { adminTextFor, formatText } from '../adminText'
import '../styles.css'

/** A file the editor picked, with a preview of it. */
type Picked = { file: File; key: string; previewUrl: string }

type LoadState = 'failed' | 'loaded' | 'loading'

/** What became of a file sent: attached, or the server's one-line reason. */
type Outcome = { isAttached: boolean; message: string }

const keyOf = (file: File, index: number): string =>
  `${index}:${file.name}:${file.size}:${file.lastModified}`

const errorMessageOf = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => null)) as {
    errors?: { message: string }[]
  } | null
  return body?.errors?.[0]?.message ?? `${response.status} ${response.statusText}`
}

/**
 * The issue's captions waiting for their scanned images, and a place to drop many images at
 * once: each is matched to a caption (see matchImagesToCaptions), shown beside it for the editor
 * to check and correct, then uploaded onto that caption's own Photo, one by one. Files that match
 * nothing, or fail, stay listed with the reason; nothing is sent for them.
 */
export const BulkAttachPhotos: React.FC<{ photosSlug?: string }> = ({ photosSlug = 'photos' }) => {
  const { i18n } = useTranslation()
  const text = adminTextFor(i18n.language)
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const apiUrl = `${config.serverURL}${config.routes.api}`
  const [photos, setPhotos] = useState<IssuePhoto[]>([])
  const [limits, setLimits] = useState<UploadLimits>({ maxBytes: 0, mimeTypes: [] })
  const [state, setState] = useState<LoadState>('loading')
  const [picked, setPicked] = useState<Picked[]>([])
  const [matches, setMatches] = useState<ImageMatch[]>([])
  const [corrections, setCorrections] = useState<Correction[]>([])
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({})
  const [progress, setProgress] = useState<null | { done: number; total: number }>(null)
  const [summary, setSummary] = useState<null | string>(null)
  const [isDragging, setIsDragging] = useState(false)
  const pickedRef = useRef<Picked[]>([])
  pickedRef.current = picked

  const load = useCallback(async (): Promise<IssuePhoto[]> => {
    if (id === undefined || id === null) return []
    const response = await fetch(`${apiUrl}/${collectionSlug}/${id}/photos`, {
      credentials: 'include',
    })
    if (!response.ok) {
      setState('failed')
      return []
    }
    const body = (await response.json()) as { limits: UploadLimits; photos: IssuePhoto[] }
    setPhotos(body.photos)
    setLimits(body.limits)
    setState('loaded')
    return body.photos
  }, [apiUrl, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(
    () => () => pickedRef.current.forEach((item) => URL.revokeObjectURL(item.previewUrl)),
    [],
  )

  /** Every file matched again, then the editor's corrections made again. */
  const rematch = (files: Picked[], issuePhotos: IssuePhoto[]) =>
    setMatches(
      replayCorrections({
        corrections,
        matches: matchImagesToCaptions({
          files: files.map(({ file, key }) => ({
            key,
            name: file.name,
            size: file.size,
            type: file.type,
          })),
          limits,
          photos: issuePhotos,
        }),
        waitingPhotoIds: new Set(
          issuePhotos.filter((photo) => photo.filename === null).map((photo) => photo.id),
        ),
      }),
    )

  const addFiles = (files: FileList | null) => {
    if (!files || files.length === 0) return
    const offset = picked.length
    const added = [...files].map((file, index) => ({
      file,
      key: keyOf(file, offset + index),
      previewUrl: URL.createObjectURL(file),
    }))
    const all = [...picked, ...added]
    setPicked(all)
    setSummary(null)
    rematch(all, photos)
  }

  const upload = async () => {
    const planned = matches.filter(
      (match): match is Extract<ImageMatch, { problem: null }> => match.photoId !== null,
    )
    setProgress({ done: 0, total: planned.length })
    const results: Record<string, Outcome> = {}
    for (const [index, match] of planned.entries()) {
      const item = picked.find((candidate) => candidate.key === match.fileKey)
      if (!item) continue
      const form = new FormData()
      form.append('file', item.file, item.file.name)
      const response = await fetch(`${apiUrl}/${photosSlug}/${match.photoId}/image`, {
        body: form,
        credentials: 'include',
        method: 'POST',
      }).catch((error: unknown) => error as Error)
      results[match.fileKey] =
        response instanceof Response
          ? { isAttached: response.ok, message: response.ok ? '' : await errorMessageOf(response) }
          : { isAttached: false, message: response.message }
      setProgress({ done: index + 1, total: planned.length })
    }
    const attached = new Set(
      Object.entries(results).flatMap(([key, outcome]) => (outcome.isAttached ? [key] : [])),
    )
    picked
      .filter((item) => attached.has(item.key))
      .forEach((item) => URL.revokeObjectURL(item.previewUrl))
    const remaining = picked.filter((item) => !attached.has(item.key))
    const failed = planned.length - attached.size
    setPicked(remaining)
    setMatches(matches.filter((match) => !attached.has(match.fileKey)))
    setCorrections(corrections.filter((correction) => !attached.has(correction.fileKey)))
    setOutcomes(Object.fromEntries(Object.entries(results).filter(([, o]) => !o.isAttached)))
    setProgress(null)
    setSummary(
      [
        formatText(text.photosDone, { count: attached.size }),
        failed > 0 ? formatText(text.photosFailed, { count: failed }) : '',
      ].join(' '),
    )
    await load()
  }

  if (id === undefined || id === null) return null
  const limit = formatByteSize(limits.maxBytes)
  const problemText = (problem: MatchProblem) => formatText(text.photosProblem[problem], { limit })
  const fileOf = (key: string) => picked.find((item) => item.key === key)
  const matchFor = (photoId: number) => matches.find((match) => match.photoId === photoId)
  const waiting = photos.filter((photo) => photo.filename === null)
  const assignable = matches.filter(
    (match) => match.problem !== 'notImage' && match.problem !== 'tooLarge',
  )
  const unmatched = matches.filter((match) => match.photoId === null)
  const plannedCount = matches.length - unmatched.length
  const isUploading = progress !== null
  const assign = (fileKey: string, photoId: null | number) => {
    setMatches(reassignImage({ fileKey, matches, photoId }))
    setCorrections([...corrections, { fileKey, photoId }])
    setSummary(null)
  }

  return (
    <section aria-label={text.photosTitle} className="bulletin-photos">
      <h3 className="bulletin-issue__title">{text.photosTitle}</h3>
      {state === 'loading' ? <p className="bulletin-issue__note">{text.loading}</p> : null}
      {state === 'failed' ? <p className="bulletin-issue__note">{text.loadFailed}</p> : null}
      {state === 'loaded' && photos.length === 0 ? (
        <p className="bulletin-issue__note">{text.photosNoPhotos}</p>
      ) : null}
      {photos.length > 0 ? (
        <>
          <p className="bulletin-issue__note">
            {formatText(text.photosCount, { total: photos.length, waiting: waiting.length })}{' '}
            {waiting.length === 0 ? text.photosNoneWaiting : text.photosDescription}
          </p>
          {waiting.length > 0 ? (
            <label
              className={`bulletin-photos__drop${isDragging ? ' bulletin-photos__drop--over' : ''}`}
              onDragLeave={() => setIsDragging(false)}
              onDragOver={(event) => {
                event.preventDefault()
                setIsDragging(true)
              }}
              onDrop={(event) => {
                event.preventDefault()
                setIsDragging(false)
                addFiles(event.dataTransfer.files)
              }}
            >
              <input
                accept={limits.mimeTypes.join(',')}
                className="bulletin-import__file"
                disabled={isUploading}
                multiple
                name="photo-files"
                onChange={(event) => {
                  addFiles(event.target.files)
                  event.target.value = ''
                }}
                type="file"
              />
              <span className="bulletin-import__choose">{text.photosChoose}</span>{' '}
              <span className="bulletin-issue__note">
                {formatText(text.photosChooseHint, { limit })}
              </span>
            </label>
          ) : null}
          <table className="bulletin-issue__table bulletin-photos__table">
            <thead>
              <tr>
                <th>{text.order}</th>
                <th>{text.photosCaption}</th>
                <th>{text.photosArticle}</th>
                <th>{text.photosImage}</th>
              </tr>
            </thead>
            <tbody>
              {photos.map((photo) => {
                const match = matchFor(photo.id)
                const item = match ? fileOf(match.fileKey) : undefined
                const outcome = match ? outcomes[match.fileKey] : undefined
                const caption = photo.caption ?? `#${photo.number}`
                return (
                  <tr data-photo-id={photo.id} key={photo.id}>
                    <td>{photo.number}</td>
                    <td>{caption}</td>
                    <td>{photo.article.title}</td>
                    <td className="bulletin-photos__image">
                      {photo.filename !== null ? (
                        <>
                          {photo.previewUrl ? (
                            <img
                              alt={caption}
                              className="bulletin-photos__preview"
                              src={photo.previewUrl}
                            />
                          ) : null}
                          <span className="bulletin-status bulletin-status--published">
                            {text.photosAttached}
                          </span>
                        </>
                      ) : (
                        <>
                          {item ? (
                            <img
                              alt={item.file.name}
                              className="bulletin-photos__preview"
                              src={item.previewUrl}
                            />
                          ) : null}
                          <select
                            aria-label={formatText(text.photosFileFor, { caption })}
                            disabled={isUploading || assignable.length === 0}
                            onChange={(event) => {
                              const key = event.target.value
                              if (key !== '') assign(key, photo.id)
                              else if (match) assign(match.fileKey, null)
                            }}
                            value={match?.fileKey ?? ''}
                          >
                            <option value="">{text.photosNone}</option>
                            {assignable.map((candidate) => (
                              <option key={candidate.fileKey} value={candidate.fileKey}>
                                {fileOf(candidate.fileKey)?.file.name}
                              </option>
                            ))}
                          </select>
                          {match?.reason ? (
                            <span className="bulletin-photos__reason">
                              {text.photosReason[match.reason]}
                            </span>
                          ) : null}
                          {outcome ? (
                            <span className="bulletin-photos__error" role="alert">
                              {outcome.message}
                            </span>
                          ) : null}
                        </>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {unmatched.length > 0 ? (
            <div className="bulletin-photos__unmatched">
              <p className="bulletin-issue__note">
                {formatText(text.photosUnmatched, { count: unmatched.length })}
              </p>
              <ul>
                {unmatched.map((match) => {
                  const name = fileOf(match.fileKey)?.file.name ?? ''
                  const canAssign = match.problem === 'noCaption' || match.problem === 'hasImage'
                  return (
                    <li data-file-name={name} key={match.fileKey}>
                      <strong>{name}</strong>
                      {match.problem ? `：${problemText(match.problem)}` : null}{' '}
                      {canAssign && waiting.length > 0 ? (
                        <select
                          aria-label={`${text.photosAssignTo}: ${name}`}
                          disabled={isUploading}
                          onChange={(event) => {
                            if (event.target.value !== '')
                              assign(match.fileKey, Number(event.target.value))
                          }}
                          value=""
                        >
                          <option value="">{text.photosAssignTo}…</option>
                          {waiting.map((photo) => (
                            <option key={photo.id} value={photo.id}>
                              {photo.number}. {photo.caption}
                            </option>
                          ))}
                        </select>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            </div>
          ) : null}
          {picked.length > 0 ? (
            <div className="bulletin-import">
              <button
                disabled={isUploading || plannedCount === 0}
                onClick={() => void upload()}
                type="button"
              >
                {formatText(text.photosConfirm, { count: plannedCount })}
              </button>
            </div>
          ) : null}
          {progress ? (
            <p className="bulletin-issue__note" role="status">
              {formatText(text.photosUploading, progress)}
            </p>
          ) : null}
          {summary ? (
            <p className="bulletin-photos__summary" role="status">
              {summary}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
