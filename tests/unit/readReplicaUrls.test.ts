import { describe, expect, it } from 'vitest'

import { readReplicaUrls } from '../../src/utilities/readReplicaUrls'

describe('readReplicaUrls', () => {
  it('should split, trim and drop empty entries', () => {
    expect(readReplicaUrls(' postgres://a/x , postgresql://b/x,')).toEqual([
      'postgres://a/x',
      'postgresql://b/x',
    ])
  })

  it('should give no replicas when unset or blank', () => {
    expect([readReplicaUrls(undefined), readReplicaUrls(' , ')]).toEqual([undefined, undefined])
  })

  it('should refuse an entry that is not a postgres URL, naming it', () => {
    expect(() => readReplicaUrls('postgres://a/x, a.example.org:5432')).toThrow(
      /"a\.example\.org:5432", which is not a postgres:\/\/ URL/,
    )
  })
})
