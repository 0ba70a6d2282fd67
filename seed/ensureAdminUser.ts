import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

export type CreatedAdmin = { email: string; isPasswordGenerated: boolean; password: string }

/**
 * Creates the first administrator when there is no user at all. The password comes from
 * ADMIN_PASSWORD, or is generated and returned so the launcher can print it once.
 */
export const ensureAdminUser = async ({
  payload,
}: {
  payload: Payload
}): Promise<CreatedAdmin | null> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return null
  const email = process.env.ADMIN_EMAIL || 'admin@example.com'
  const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, name: '管理员', password, roles: ['admin'] },
  })
  return { email, isPasswordGenerated: !process.env.ADMIN_PASSWORD, password }
}
