import type { UserRole } from '../constants'

type MaybeUserWithRoles = { roles?: unknown } | null | undefined

/** Whether a user (as found on `req.user`) holds the role. */
export const hasRole = (user: MaybeUserWithRoles, role: UserRole): boolean =>
  Array.isArray(user?.roles) && (user.roles as unknown[]).includes(role)

/** Whether a user works in the admin: an administrator, editor or author (not a site key). */
export const isStaffUser = (user: MaybeUserWithRoles): boolean =>
  hasRole(user, 'admin') || hasRole(user, 'editor') || hasRole(user, 'author')

/** Whether a user may publish, unpublish, delete and roll back: an administrator or editor. */
export const canPublishAsUser = (user: MaybeUserWithRoles): boolean =>
  hasRole(user, 'admin') || hasRole(user, 'editor')
