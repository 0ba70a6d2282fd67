import type { UserRole } from '../constants'

type MaybeUserWithRoles = { roles?: unknown } | null | undefined

/** Whether a user (as found on `req.user`) holds the role. */
export const hasRole = (user: MaybeUserWithRoles, role: UserRole): boolean =>
  Array.isArray(user?.roles) && (user.roles as unknown[]).includes(role)
