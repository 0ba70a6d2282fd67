import type { CollectionSlug, File, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { APIError, ValidationError } from 'payload'

import { transactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { getCollectionTableName } from '../utilities/getCollectionTableName'

type AttachedPhoto = { caption?: null | string; filename?: null | string; id: number }

/**
 * Gives a caption waiting for its image the scanned file, as the requesting user: the same
 * Photo document gets the file, so its caption, alt text and the article body's upload node
 * pointing at it stay. A photo that already has an image is refused (409), not overwritten, so
 * two editors attaching at once cannot replace each other's scan; its row is locked until
 * `req`'s transaction ends. The collection's type check (from the bytes) applies as on any upload.
 */
export const attachPhotoImage = async ({
  file,
  photoId,
  photosSlug,
  req,
}: {
  file: File
  photoId: number
  photosSlug: CollectionSlug
  req: PayloadRequest
}): Promise<AttachedPhoto> => {
  const { payload, user } = req
  const db = await transactionDb({ payload, req })
  const table = sql.raw(`"${getCollectionTableName(payload, photosSlug)}"`)
  await db.execute(sql`select id from ${table} where id = ${photoId} for update`)
  const photo: AttachedPhoto | null = await payload.findByID({
    collection: photosSlug,
    depth: 0,
    disableErrors: true,
    id: photoId,
    overrideAccess: false,
    req,
    select: { filename: true },
    user,
  })
  if (!photo) throw new APIError('找不到这条图片说明 (photo not found)', 404)
  if (photo.filename) {
    throw new APIError(`这条图片说明已有图片 ${photo.filename} (it already has an image)`, 409)
  }
  try {
    return await payload.update({
      collection: photosSlug,
      data: {},
      depth: 0,
      file,
      id: photoId,
      overrideAccess: false,
      req,
      user,
    })
  } catch (error) {
    const isFileRefused =
      error instanceof ValidationError &&
      (error.data as { errors?: { path?: string }[] }).errors?.some(({ path }) => path === 'file')
    if (isFileRefused) {
      throw new APIError(
        `${file.name} 不是 JPEG、PNG 或 WebP 图片 (not a JPEG, PNG or WebP image)`,
        400,
      )
    }
    throw error
  }
}
