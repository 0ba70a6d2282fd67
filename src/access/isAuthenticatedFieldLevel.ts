import type { FieldAccess } from 'payload'

export const isAuthenticatedFieldLevel: FieldAccess = ({ req }) => Boolean(req.user)
