import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import type { BulletinSlugs } from '../constants'
import { listIssuePhotos } from '../photos/listIssuePhotos'
import { readUploadLimits } from '../photos/readUploadLimits'

/**
 * GET /api/issues/:id/photos — the issue's photos in printed order, numbered, each with its
 * caption, article and image (null while waiting), and the limits an image must keep: what
 * the bulk-attach view matches scanned images against. Staff only; their offices only.
 */
export const generateIssuePhotosEndpoint = ({ slugs }: { slugs: BulletinSlugs }): Endpoint => ({
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录 (log in first)', 401)
    const issueId = Number(req.routeParams?.id)
    if (!Number.isInteger(issueId)) throw new APIError('期刊 id 无效 (invalid issue id)', 400)
    const photos = await listIssuePhotos({ issueId, req, slugs })
    return Response.json({
      limits: readUploadLimits({ payload: req.payload, photosSlug: slugs.photos }),
      photos,
    })
  },
  method: 'get',
  path: '/:id/photos',
})
