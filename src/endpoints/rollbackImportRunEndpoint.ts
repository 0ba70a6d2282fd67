import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { rollbackImportRun } from '../../importers/bulletin/persist/rollbackImportRun'
import { hasRole } from '../utilities/hasRole'

/** POST /api/import-runs/:id/rollback — editors and administrators undo an import. */
export const rollbackImportRunEndpoint: Endpoint = {
  handler: async (req) => {
    if (!hasRole(req.user, 'admin') && !hasRole(req.user, 'editor')) {
      throw new APIError('只有编辑和管理员可以撤销导入 (editors and administrators only)', 403)
    }
    const runId = Number(req.routeParams?.id)
    if (!Number.isInteger(runId)) throw new APIError('invalid import run id', 400)
    try {
      const outcome = await rollbackImportRun({
        payload: req.payload,
        runId,
        user: req.user ?? undefined,
      })
      return Response.json(outcome)
    } catch (error) {
      if (error instanceof APIError) throw error
      throw new APIError(error instanceof Error ? error.message : String(error), 400)
    }
  },
  method: 'post',
  path: '/:id/rollback',
}
