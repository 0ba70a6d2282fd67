/**
 * PAYLOAD_SECRET signs sessions. The launchers (`npm run dev`, `npm start`) create one under .data/
 * when it is not set; a fixed development value keeps tooling such as type generation working.
 */
export const readPayloadSecret = ({ isProduction }: { isProduction: boolean }): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction) {
    throw new Error(
      'PAYLOAD_SECRET is not set; set it to a long random string before starting in production.',
    )
  }
  return 'development-only-secret-not-for-production'
}
