import { describe, expect, it } from 'vitest'
import { classify } from './classify.js'
import {
  parseRateLimitReset,
  parseRetryAfter,
  readHeaderReference,
  readHeaders,
  readRetryHint,
} from './headers.js'

const NOW = Date.parse('2026-11-22T10:00:00Z')

describe('readHeaders', () => {
  it('given headers in any case, a Headers, or pairs, keeps the ones Recourse reads, lower-cased', () => {
    const expected = { 'retry-after': '5', 'x-request-id': 'r' }
    expect(readHeaders({ 'Retry-After': '5', 'X-Request-ID': 'r', Cookie: 'secret' })).toEqual(
      expected,
    )
    expect(
      readHeaders(
        new Headers({ 'Retry-After': '5', 'X-Request-ID': 'r', Authorization: 'Bearer x' }),
      ),
    ).toEqual(expected)
    expect(
      readHeaders([
        ['retry-after', '5'],
        ['x-request-id', 'r'],
      ]),
    ).toEqual(expected)
  })

  it('given non-string values, reads numbers and first items of arrays', () => {
    expect(
      readHeaders({ 'retry-after': 5, 'x-request-id': ['a', 'b'], 'request-id': { x: 1 } }),
    ).toEqual({
      'retry-after': '5',
      'x-request-id': 'a',
    })
  })
})

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP-dates; a date in the past means now', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000)
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:01:00 GMT', NOW)).toBe(60_000)
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', NOW)).toBe(0)
  })

  it('caps a huge hint at one day and ignores nonsense', () => {
    expect(parseRetryAfter('99999999999', NOW)).toBe(86_400_000)
    expect(parseRetryAfter('-1', NOW)).toBeUndefined()
    expect(parseRetryAfter('1e3', NOW)).toBeUndefined()
    expect(parseRetryAfter('tomorrow-ish', NOW)).toBeUndefined()
  })
})

describe('parseRateLimitReset', () => {
  it('given Mangopay windows, picks the exhausted one', () => {
    const reset = `${NOW / 1000 + 60},${NOW / 1000 + 900}`
    expect(parseRateLimitReset(reset, '0,12', NOW)).toBe(60_000)
    expect(parseRateLimitReset(reset, '5,0', NOW)).toBe(900_000)
  })

  it('given delta seconds, reads them as such', () => {
    expect(parseRateLimitReset('30', undefined, NOW)).toBe(30_000)
  })
})

describe('readRetryHint', () => {
  it("given Mastercard's Mc-Retry-After-Ms, reads milliseconds; Retry-After still wins", () => {
    expect(readRetryHint(readHeaders({ 'Mc-Retry-After-Ms': '1500' }), NOW, 425)).toBe(1500)
    expect(
      readRetryHint(readHeaders({ 'Mc-Retry-After-Ms': '1500', 'Retry-After': '3' }), NOW, 425),
    ).toBe(3000)
    expect(readRetryHint(readHeaders({ 'Mc-Retry-After-Ms': '1.5s' }), NOW, 425)).toBeUndefined()
  })
})

describe('readHeaderReference', () => {
  it('given the request-id family or a provider-named id header, finds the reference, most specific first', () => {
    expect(readHeaderReference(readHeaders({ 'X-Request-Id': 'x', 'Request-Id': 'r' }))).toBe('r')
    expect(readHeaderReference(readHeaders({ 'X-Trace-Id': 't' }))).toBe('t')
    expect(readHeaderReference(readHeaders({ 'X-MC-Correlation-ID': 'mc' }))).toBe('mc')
    expect(readHeaderReference(readHeaders({ 'Cko-Request-Id': 'cko' }))).toBe('cko')
    expect(readHeaderReference(readHeaders({ 'Paypal-Debug-Id': 'dbg' }))).toBe('dbg')
    expect(readHeaderReference(readHeaders({ 'X-Amz-Cf-Id': 'cdn' }))).toBeUndefined()
  })
})

describe('given the idempotency headers of the providers', () => {
  it.each(['Idempotency-Key', 'X-Idempotency-Key', 'PayPal-Request-Id', 'Cko-Idempotency-Key'])(
    'given an axios POST sent with %s, a timeout is retried with the key, never an unknown outcome',
    (header) => {
      const error = {
        isAxiosError: true,
        code: 'ECONNABORTED',
        message: 'timeout of 1000ms exceeded',
        config: { method: 'post', headers: { [header]: 'k1' } },
      }
      expect(classify(error)).toMatchObject({ reason: 'timeout', retry: { allowed: true } })
    },
  )
})
