// s3rver ships no types: the part of its API the tests use.
declare module 's3rver' {
  type S3rverOptions = {
    address?: string
    configureBuckets?: { configs?: (Buffer | string)[]; name: string }[]
    directory: string
    port?: number
    silent?: boolean
  }

  export default class S3rver {
    constructor(options: S3rverOptions)
    close(): Promise<void>
    run(): Promise<{ address: string; port: number }>
  }
}
