import type { Field } from 'payload'

import { randomBytes } from 'node:crypto'

import { isAdminFieldLevel } from '../access/isAdminFieldLevel'

/** A new secret for signing an office's webhooks: 32 random bytes, hex. */
export const generateWebhookSecret = (): string => randomBytes(32).toString('hex')

/**
 * The key an office's revalidation webhooks are signed with. Generated when the office is
 * created (or saved without one); only administrators read or change it. Clearing it and saving
 * rotates it: a new one is generated.
 */
export const webhookSecretField = (): Field => ({
  name: 'revalidationSecret',
  type: 'text',
  access: { create: isAdminFieldLevel, read: isAdminFieldLevel, update: isAdminFieldLevel },
  admin: {
    description: {
      en: 'Signs the webhook (HMAC-SHA256). Clear it and save to generate a new one.',
      zh: '用于签名刷新通知（HMAC-SHA256）。清空并保存即生成新的密钥。',
    },
  },
  hooks: {
    beforeChange: [
      ({ value }) =>
        typeof value === 'string' && value.trim() !== '' ? value : generateWebhookSecret(),
    ],
  },
  label: { en: 'Webhook signing secret', zh: '刷新通知签名密钥' },
})
