import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { officeFieldName } from '../constants'
import { hasRole } from '../utilities/hasRole'

const toId = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? value.id : value

/**
 * A bulletin uploaded by office staff is imported into their office, never into the one the
 * file's text happens to name: without an office the import job would infer it, and could
 * write into another office. Staff of one office get theirs; staff of several must choose.
 * Administrators, and the importer itself (no user), may leave it for the file to decide.
 */
export const assignUploaderOffice: CollectionBeforeValidateHook = ({
  collection,
  data,
  operation,
  req,
}) => {
  const { user } = req
  if (operation !== 'create' || !user || hasRole(user, 'admin')) return data
  if (data && data[officeFieldName] !== undefined && data[officeFieldName] !== null) return data
  const offices = ((user as { offices?: { office?: unknown }[] | null }).offices ?? []).map((row) =>
    toId(row.office),
  )
  if (offices.length !== 1) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            message: '请选择所属街道 (choose the street office this bulletin belongs to)',
            path: officeFieldName,
          },
        ],
      },
      req.t,
    )
  }
  return { ...data, [officeFieldName]: offices[0] }
}
