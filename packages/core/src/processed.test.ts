import { describe, expect, it } from 'vitest'
import { classify } from './classify.js'
import { createClassifier } from './createClassifier.js'
import { RecourseFetchError, fetchJson, withRequestFacts } from './fetchJson.js'
import { createRetryPolicy } from './retryPolicy.js'

const keyed = { method: 'POST', idempotent: true } as const
const decline = { status: 402, body: { error: { type: 'card_error', code: 'card_declined' } } }

describe('given answers that say whether a payment may have been taken', () => {
  it.each([
    ['a 402 decline', decline, 'no', 'new-key'],
    [
      'a 422 with fields',
      { status: 422, body: { errors: [{ field: 'amount' }] } },
      'no',
      'new-key',
    ],
    ['a 429', { status: 429 }, 'no', 'same-key'],
    ['a 503', { status: 503 }, 'no', 'same-key'],
    ['a 500', { status: 500 }, 'maybe', 'same-key'],
    ['a 502', { status: 502 }, 'maybe', 'same-key'],
    ['a 504', { status: 504 }, 'maybe', 'same-key'],
    ['a 409', { status: 409 }, 'maybe', 'same-key'],
    ['a 202', { status: 202 }, 'maybe', 'same-key'],
    [
      'a TabaPay 207 UNKNOWN',
      { status: 207, body: { SC: 207, status: 'UNKNOWN' } },
      'maybe',
      'same-key',
    ],
    [
      'a TabaPay PARTIAL_COMPLETED',
      { status: 200, body: { SC: 200, status: 'PARTIAL_COMPLETED' } },
      'yes',
      'same-key',
    ],
    [
      'a Mangopay FAILED pay-in (settled: replaying its key replays the failure)',
      { status: 200, body: { Status: 'FAILED', ResultCode: '009199', Id: 'p1' } },
      'no',
      'new-key',
    ],
  ] as const)(
    'given %s to a keyed POST, says processed %s and %s',
    (_, input, processed, repeat) => {
      const recourse = classify(input, keyed)
      expect(recourse.processed).toBe(processed)
      expect(recourse.repeatWith).toBe(repeat)
    },
  )

  it.each([
    ['a timeout', 'timeout', 'maybe'],
    ['a dropped connection', 'network', 'maybe'],
    ['a cancelled request', 'abort', 'maybe'],
  ] as const)('given %s, says processed %s and keeps the key', (_, source, processed) => {
    const error = new RecourseFetchError({ source, method: 'POST', url: '/pay', idempotent: true })
    expect(classify(error)).toMatchObject({ processed, repeatWith: 'same-key' })
  })

  it('given a request known never to have left the device (offline), says processed no', () => {
    const error = new RecourseFetchError({
      source: 'network',
      sent: false,
      method: 'POST',
      url: '/pay',
      idempotent: true,
    })
    expect(classify(error)).toMatchObject({ reason: 'offline', processed: 'no' })
  })

  it('given a plain Error (the app fetched by hand), assumes the payment may have been taken', () => {
    expect(classify(new Error('boom'), keyed).processed).toBe('maybe')
  })
})

describe('given an earlier attempt with the same key that may have been carried out', () => {
  it.each([
    ['a 402 decline', decline],
    [
      'a plain 409 "key already used"',
      { status: 409, body: { error: 'Idempotency-Key already used' } },
    ],
    [
      'a problem+json 409',
      {
        status: 409,
        headers: { 'content-type': 'application/problem+json' },
        body: { type: 'about:blank', title: 'Conflict', status: 409 },
      },
    ],
    ['a 422 with fields', { status: 422, body: { errors: [{ field: 'amount' }] } }],
  ])('given %s to the next attempt, the payment stays unknown, never declined', (_, input) => {
    const recourse = classify(input, { ...keyed, priorProcessed: 'maybe' })
    expect(recourse).toMatchObject({
      kind: 'contact-support',
      reason: 'outcome-unknown',
      processed: 'maybe',
      repeatWith: 'same-key',
      retry: { allowed: false },
    })
  })

  it('given a 503 to the next attempt, it is still "wait and send the same request", with the same key', () => {
    expect(classify({ status: 503 }, { ...keyed, priorProcessed: 'maybe' })).toMatchObject({
      kind: 'retry-later',
      processed: 'maybe',
      repeatWith: 'same-key',
    })
  })

  it('given the fact on the error (as usePaymentMutation records it), classify reads it without a context', () => {
    const error = withRequestFacts(
      new RecourseFetchError({
        ...decline,
        source: 'http',
        method: 'POST',
        url: '/pay',
        idempotent: true,
      }),
      {
        method: 'POST',
        idempotent: true,
        priorProcessed: 'maybe',
      },
    )
    expect(classify(error)).toMatchObject({ reason: 'outcome-unknown', processed: 'maybe' })
  })
})

describe('given app rules about processing', () => {
  it('given a rule marked processed maybe, the payment keeps its key and is never declined on a plain POST', () => {
    const { classify: withRule } = createClassifier({
      rules: [{ id: 'app:gateway-402', when: { status: 402 }, processed: 'maybe' }],
    })
    expect(withRule(decline, { method: 'POST' })).toMatchObject({
      reason: 'outcome-unknown',
      processed: 'maybe',
      repeatWith: 'same-key',
    })
    expect(withRule(decline, keyed)).toMatchObject({ processed: 'maybe', repeatWith: 'same-key' })
  })

  it('given a rule that says a 504 was not processed, it cannot loosen it', () => {
    const { classify: withRule } = createClassifier({
      rules: [{ id: 'app:504', when: { status: 504 }, processed: 'no', repeatWith: 'new-key' }],
    })
    expect(withRule({ status: 504 }, keyed)).toMatchObject({
      processed: 'maybe',
      repeatWith: 'same-key',
    })
  })

  it('given the retry policy, an app rule marked maybe is what stops an unkeyed resend', () => {
    const { classify: withRule, readFailure } = createClassifier({
      rules: [
        {
          id: 'app:418',
          when: { status: 418 },
          kind: 'retry-later',
          reason: 'brewing',
          retry: 'always',
          processed: 'maybe',
        },
      ],
    })
    const policy = createRetryPolicy({
      classifier: { classify: withRule, readFailure },
      budget: false,
      context: { method: 'POST' },
    })
    expect(policy.retry(0, { status: 418 })).toBe(false)
  })
})

describe('given withRequestFacts', () => {
  it('given a fetchJson error whose request did not carry the key header, records it unkeyed', async () => {
    const error = await fetchJson('/pay', {
      method: 'POST',
      fetch: () => Promise.reject(new DOMException('t', 'TimeoutError')),
    }).catch((caught: unknown) => caught)
    const facts = withRequestFacts(error, {
      method: 'POST',
      idempotent: true,
      idempotencyHeader: 'Idempotency-Key',
    })
    expect(facts.idempotent).toBe(false)
    expect(classify(facts)).toMatchObject({ reason: 'outcome-unknown', retry: { allowed: false } })
  })

  it('given a fetchJson error sent with a custom key header, records it keyed', async () => {
    const error = await fetchJson('/pay', {
      method: 'POST',
      headers: { 'Pay-Key': 'k1' },
      fetch: () => Promise.reject(new DOMException('t', 'TimeoutError')),
    }).catch((caught: unknown) => caught)
    expect(
      withRequestFacts(error, { method: 'POST', idempotent: true, idempotencyHeader: 'Pay-Key' })
        .idempotent,
    ).toBe(true)
  })

  it.each([
    [
      'a Proxy that throws on every read',
      new Proxy(
        {},
        {
          get() {
            throw new Error('no')
          },
          has() {
            throw new Error('no')
          },
          getPrototypeOf() {
            throw new Error('no')
          },
        },
      ),
    ],
    [
      'an object whose getters throw',
      Object.defineProperty({}, 'isRecourseFetchError', {
        get() {
          throw new Error('no')
        },
      }),
    ],
  ])('given %s, never throws and records it unkeyed, of unknown outcome', (_, hostile) => {
    const facts = withRequestFacts(hostile, { method: 'POST', idempotent: true })
    expect(facts.idempotent).toBe(false)
    expect(classify(facts)).toMatchObject({ processed: 'maybe', retry: { allowed: false } })
  })
})
