import type { FieldAccess } from 'payload'

import { hasRole, isStaffUser } from '../utilities/hasRole'

const toId = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? value.id : value

/**
 * An office's private fields (site URL, webhook URL): administrators, and staff assigned to
 * that office. Not the public, not site keys, not another office's staff.
 */
export const isStaffOfOfficeFieldLevel: FieldAccess = ({ doc, req }) => {
  const { user } = req
  if (hasRole(user, 'admin')) return true
  if (!isStaffUser(user) || !doc) return false
  const offices = (user as { offices?: { office?: unknown }[] | null }).offices ?? []
  return offices.some((row) => String(toId(row.office)) === String((doc as { id?: unknown }).id))
}
