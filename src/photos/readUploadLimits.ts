import type { CollectionSlug, Payload } from 'payload'

import type { UploadLimits } from './types'

/**
 * What a photo upload may be, read from the config the server enforces: the collection's
 * accepted types and the app's file size limit (`UPLOAD_MAX_BYTES` in this app).
 */
export const readUploadLimits = ({
  payload,
  photosSlug,
}: {
  payload: Payload
  photosSlug: CollectionSlug
}): UploadLimits => {
  const upload = payload.collections[photosSlug]?.config.upload
  const mimeTypes = typeof upload === 'object' ? (upload.mimeTypes ?? []) : []
  return {
    maxBytes: payload.config.upload.limits?.fileSize ?? Number.MAX_SAFE_INTEGER,
    mimeTypes,
  }
}
