import type { Access } from 'payload'

/** Staff read everything of their offices (the tenant plugin narrows it); the public, published. */
export const publishedOrAuthenticated: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }
