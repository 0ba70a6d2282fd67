import { describe, expect, it } from 'vitest'

import { readS3Storage } from '../../src/utilities/readS3Storage'

describe('readS3Storage', () => {
  it('should keep photos on the local disk when S3_BUCKET is unset or blank', () => {
    expect([readS3Storage({}), readS3Storage({ S3_BUCKET: ' ' })]).toEqual([null, null])
  })

  it('should read an S3-compatible bucket with its endpoint, keys and prefix', () => {
    expect(
      readS3Storage({
        S3_ACCESS_KEY_ID: 'key',
        S3_BUCKET: 'photos',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_PREFIX: 'bulletin',
        S3_REGION: 'cn-east-1',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      bucket: 'photos',
      config: {
        credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
        endpoint: 'http://127.0.0.1:9000',
        forcePathStyle: true,
        region: 'cn-east-1',
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
      prefix: 'bulletin',
    })
  })

  it('should refuse a key without its secret', () => {
    expect(() => readS3Storage({ S3_ACCESS_KEY_ID: 'key', S3_BUCKET: 'photos' })).toThrow(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together',
    )
  })
})
