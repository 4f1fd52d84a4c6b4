import { describe, expect, it } from 'vitest'
import { classify } from './classify.js'
import { statusRules } from './statusRules.js'

// Every status code that appears in the five providers' tables.
const PROVIDER_STATUSES = [
  200, 201, 202, 204, 207, 400, 401, 402, 403, 404, 405, 406, 409, 410, 411, 413, 415, 421, 422,
  423, 429, 431, 500, 502, 503, 504,
]

describe('the status table', () => {
  it.each(PROVIDER_STATUSES)(
    'given status %i, has a row of its own with a kind and a reason',
    (status) => {
      const row = statusRules.find((rule) => rule.when.status === status)
      expect(row?.kind).toMatch(/^(fix-input|declined|retry-later|contact-support)$/)
      expect(row?.reason).toBeTruthy()
      expect(classify({ status }).trail[0]).toBe(`status:${status}`)
    },
  )

  it.each([501, 505, 511, 599])(
    'given other 5xx status %i, falls back to the 5xx row: not retried',
    (status) => {
      const recourse = classify({ status }, { method: 'GET' })
      expect(recourse).toMatchObject({
        kind: 'contact-support',
        reason: 'server-error',
        retry: { allowed: false },
      })
      expect(recourse.trail[0]).toBe('status:5xx')
    },
  )

  it.each([100, 301, 304, 418, 451])(
    'given unusual status %i, still answers with a class row',
    (status) => {
      expect(classify({ status }).trail[0]).toMatch(/^status:\dxx$/)
    },
  )

  it('has one row per status: no row shadows another', () => {
    const keys = statusRules.map((rule) => String(rule.when.status))
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('the 502 row', () => {
  it('given a 502 to an unkeyed POST, the upstream may have carried it out: an unknown outcome, never resent', () => {
    expect(classify({ status: 502 }, { method: 'POST' })).toMatchObject({
      kind: 'contact-support',
      reason: 'outcome-unknown',
      retry: { allowed: false },
    })
  })

  it('given a 502 to a GET or a keyed POST, retries it', () => {
    for (const context of [{ method: 'GET' }, { method: 'POST', idempotent: true }]) {
      expect(classify({ status: 502 }, context)).toMatchObject({
        kind: 'retry-later',
        reason: 'bad-gateway',
        retry: { allowed: true },
      })
    }
  })
})
