import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** Where photos go when S3_BUCKET is set: an S3 or S3-compatible bucket. */
export type S3StorageSettings = { bucket: string; config: S3ClientConfig; prefix: string }

/**
 * The S3 settings from the environment, or null when S3_BUCKET is unset (files stay on the
 * local disk). S3_ENDPOINT names an S3-compatible server (MinIO, Ceph…), which usually wants
 * path-style URLs (S3_FORCE_PATH_STYLE=true).
 */
export const readS3Storage = (
  env: Record<string, string | undefined> = process.env,
): null | S3StorageSettings => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID ?? ''
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY ?? ''
  if ((accessKeyId === '') !== (secretAccessKey === '')) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together')
  }
  return {
    bucket,
    config: {
      ...(accessKeyId ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      region: env.S3_REGION ?? 'us-east-1',
      // Checksums only where S3 requires them: S3-compatible servers differ in the newer ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
    prefix: env.S3_PREFIX ?? '',
  }
}
