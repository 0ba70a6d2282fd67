import type { CollectionSlug, Endpoint } from 'payload'

import {
  addDataAndFileToRequest,
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
} from 'payload'

import { attachPhotoImage } from '../photos/attachPhotoImage'
import { readUploadLimits } from '../photos/readUploadLimits'
import { formatByteSize } from '../utilities/formatByteSize'

/** Reads the multipart body's `file`, with the app's size limit; a clear error otherwise. */
const readImageFile = async (req: Parameters<Endpoint['handler']>[0], maxBytes: number) => {
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    if (error instanceof APIError && error.status === 413) {
      throw new APIError(`图片超过 ${formatByteSize(maxBytes)} 的上限 (file too large)`, 413)
    }
    throw error
  }
  if (!req.file) {
    throw new APIError(
      '请求须以 multipart 表单的 file 字段附上图片 (send the image as "file")',
      400,
    )
  }
  return req.file
}

/**
 * POST /api/photos/:id/image, a multipart body with the image as `file` — gives a caption
 * waiting for its image the scanned file, keeping the caption (see attachPhotoImage). A photo
 * that already has one answers 409 and keeps it.
 */
export const generateAttachPhotoImageEndpoint = ({
  photosSlug,
}: {
  photosSlug: CollectionSlug
}): Endpoint => ({
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录 (log in first)', 401)
    const photoId = Number(req.routeParams?.id)
    if (!Number.isInteger(photoId)) throw new APIError('图片 id 无效 (invalid photo id)', 400)
    const { maxBytes } = readUploadLimits({ payload: req.payload, photosSlug })
    const file = await readImageFile(req, maxBytes)
    const shouldCommit = await initTransaction(req)
    try {
      const photo = await attachPhotoImage({ file, photoId, photosSlug, req })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc: photo })
    } catch (error) {
      await killTransaction(req)
      if (error instanceof APIError) throw error
      throw new APIError(
        (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'upload failed',
        400,
      )
    }
  },
  method: 'post',
  path: '/:id/image',
})
