import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole'

const toId = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? value.id : value

/**
 * An office's own settings (publication, site and webhook URLs): administrators for every
 * office, editors for the offices they are assigned to. Another office answers as missing.
 */
export const isEditorOfOffice: Access = ({ req }) => {
  const { user } = req
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor')) return false
  const offices = (user as { offices?: { office?: unknown }[] | null }).offices ?? []
  return { id: { in: offices.map((row) => toId(row.office)) } }
}
