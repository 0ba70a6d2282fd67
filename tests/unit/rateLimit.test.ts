import { describe, expect, it } from 'vitest'

import { classifyRequest } from '../../src/rateLimit/classifyRequest'
import { createTokenBucket } from '../../src/rateLimit/createTokenBucket'
import { identifyClient } from '../../src/rateLimit/identifyClient'

describe('token bucket', () => {
  it('should allow the capacity at once, then refuse until a token is back', () => {
    let now = 0
    const bucket = createTokenBucket({ capacity: 3, windowMs: 60_000 }, () => now)
    const first = [1, 2, 3, 4].map(() => bucket.take('client').isAllowed)
    const refused = bucket.take('client')
    now += 20_000
    expect([first, refused, bucket.take('client').isAllowed]).toEqual([
      [true, true, true, false],
      { isAllowed: false, retryAfterSeconds: 20 },
      true,
    ])
  })

  it('should keep clients apart', () => {
    const bucket = createTokenBucket({ capacity: 1, windowMs: 60_000 }, () => 0)
    expect([
      bucket.take('a').isAllowed,
      bucket.take('b').isAllowed,
      bucket.take('a').isAllowed,
    ]).toEqual([true, true, false])
  })

  it('should forget clients whose bucket is full again', () => {
    let now = 0
    const bucket = createTokenBucket({ capacity: 1, windowMs: 1000 }, () => now)
    for (let client = 0; client < 999; client += 1) bucket.take(`client-${client}`)
    now += 5000
    bucket.take('late')
    expect(bucket.size()).toBe(1)
  })
})

describe('client identity', () => {
  it('should take the connection address, never what the client wrote', () => {
    expect(identifyClient({ forwardedFor: '203.0.113.9, 198.51.100.7', trustedProxyHops: 0 })).toBe(
      '198.51.100.7',
    )
  })

  it('should take the address our own proxy saw when one is trusted', () => {
    expect(
      identifyClient({ forwardedFor: '203.0.113.9, 198.51.100.7, 10.0.0.2', trustedProxyHops: 1 }),
    ).toBe('198.51.100.7')
  })

  it('should not walk past the first entry when more hops are trusted than exist', () => {
    expect(identifyClient({ forwardedFor: '198.51.100.7', trustedProxyHops: 3 })).toBe(
      '198.51.100.7',
    )
  })
})

describe('request classes', () => {
  it.each([
    ['POST', '/api/users/login', null, 'login'],
    ['POST', '/api/users/forgot-password', null, 'login'],
    [
      'POST',
      '/api/graphql',
      'mutation { loginUser(email: "a", password: "b") { token } }',
      'login',
    ],
    ['POST', '/api/graphql', '{ Articles { docs { title } } }', 'api'],
    ['GET', '/api/articles', null, 'api'],
    ['GET', '/admin/collections/articles', null, null],
  ] as const)('should classify %s %s', (method, pathname, body, expected) => {
    expect(classifyRequest({ body, method, pathname })).toBe(expected)
  })
})
