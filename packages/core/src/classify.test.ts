import { describe, expect, it } from 'vitest'
import { classify, readFailure } from './classify.js'
import { createClassifier } from './createClassifier.js'
import { RecourseFetchError } from './fetchJson.js'
import { stripe } from './dialects/stripe.js'

const stripeDecline = (declineCode: string) => ({
  status: 402,
  body: {
    error: {
      type: 'card_error',
      code: 'card_declined',
      decline_code: declineCode,
      message: 'Your card was declined.',
    },
  },
})

describe('classify: never a double charge', () => {
  it.each([
    ['a 504', { status: 504 }],
    ['a network drop', new TypeError('Failed to fetch')],
    ['a timeout', new DOMException('The operation timed out.', 'TimeoutError')],
    [
      'a TabaPay 207',
      {
        status: 207,
        body: { SC: 207, EC: 'InternalErrorCode', status: 'UNKNOWN', transactionID: '' },
      },
    ],
    ['a 200 with status UNKNOWN', { status: 200, body: { SC: 200, status: 'UNKNOWN' } }],
    ['a 500', { status: 500 }],
  ])(
    'given %s on a POST without idempotency key, it is an unknown outcome that is not retried',
    (_, input) => {
      const recourse = classify(input, { method: 'POST' })
      expect(recourse.kind).toBe('contact-support')
      expect(recourse.reason).toBe('outcome-unknown')
      expect(recourse.retry.allowed).toBe(false)
    },
  )

  it('given a 504 on a POST with an idempotency key, it may be retried', () => {
    expect(classify({ status: 504 }, { method: 'POST', idempotent: true })).toMatchObject({
      kind: 'retry-later',
      retry: { allowed: true },
    })
  })

  it('given a TabaPay 207 even with an idempotency key, it is never resubmitted', () => {
    const recourse = classify(
      { status: 207, body: { SC: 207, status: 'UNKNOWN' } },
      { method: 'POST', idempotent: true },
    )
    expect(recourse).toMatchObject({ reason: 'outcome-unknown', retry: { allowed: false } })
  })

  it('given a network drop known to have happened before sending, a POST may be tried again', () => {
    const error = new RecourseFetchError({
      source: 'network',
      method: 'POST',
      url: '/pay',
      idempotent: false,
      sent: false,
    })
    expect(classify(error)).toMatchObject({
      kind: 'retry-later',
      reason: 'offline',
      retry: { allowed: true },
    })
  })

  it('given an app rule that says "retry", the safety step still wins for an unsafe unknown outcome', () => {
    const { classify: classifyWithRule } = createClassifier({
      rules: [
        {
          id: 'app:retry-504',
          when: { status: 504 },
          kind: 'retry-later',
          reason: 'busy',
          retry: 'always',
        },
      ],
    })
    const recourse = classifyWithRule({ status: 504 }, { method: 'POST' })
    expect(recourse.reason).toBe('outcome-unknown')
    expect(recourse.trail).toEqual(['status:504', 'app:retry-504', 'safety:outcome-unknown'])
  })

  it('given no method and no idempotency, a dropped connection is retry-later but not retried for the caller', () => {
    const recourse = classify(new TypeError('Failed to fetch'))
    expect(recourse).toMatchObject({
      kind: 'retry-later',
      reason: 'network-error',
      retry: { allowed: false },
    })
    expect(recourse.trail).toContain('safety:method-unknown')
  })

  it('given a response that echoes Idempotency-Key, the request counts as idempotent', () => {
    const recourse = classify(
      { status: 504, headers: { 'Idempotency-Key': 'k-1' } },
      { method: 'POST' },
    )
    expect(recourse).toMatchObject({ kind: 'retry-later', retry: { allowed: true } })
  })
})

describe('classify: never mislead', () => {
  it('given the Mastercard gateway DECLINED, it is an access problem, not a card decline', () => {
    const recourse = classify({
      status: 401,
      body: {
        Errors: {
          Error: [
            {
              Source: 'Gateway',
              ReasonCode: 'DECLINED',
              Description: 'Unauthorized - Access Not Granted',
              Recoverable: false,
              Details: null,
            },
          ],
        },
      },
    })
    expect(recourse).toMatchObject({
      kind: 'contact-support',
      reason: 'access-denied',
      dialect: 'mastercard',
    })
  })

  it.each(['fraudulent', 'lost_card', 'stolen_card', 'pickup_card'])(
    'given Stripe decline code %s, it is a generic decline with no server text and no decline code',
    (declineCode) => {
      const recourse = classify(stripeDecline(declineCode))
      expect(recourse).toMatchObject({ kind: 'declined', reason: 'declined' })
      expect(recourse.message).toBeUndefined()
      expect(JSON.stringify(recourse)).not.toContain(declineCode)
    },
  )

  it('given a Stripe insufficient_funds decline, it says so and keeps the safe card_error message', () => {
    expect(classify(stripeDecline('insufficient_funds'))).toMatchObject({
      kind: 'declined',
      reason: 'insufficient-funds',
      message: 'Your card was declined.',
    })
  })

  it('given a TabaPay error, the cryptic EM never becomes customer text', () => {
    const recourse = classify({ status: 400, body: { SC: 400, EC: '3C5E1221', EM: 'amount' } })
    expect(recourse.message).toBeUndefined()
    expect(recourse.fields).toEqual([{ field: 'amount', code: '3C5E1221', message: 'amount' }])
  })

  it('given a 200 that carries a Mangopay decline, it is declined, not a success', () => {
    const recourse = classify({
      status: 200,
      body: {
        Id: '1',
        Status: 'FAILED',
        ResultCode: '101101',
        ResultMessage: 'Transaction refused by the bank (Do not honor)',
      },
    })
    expect(recourse).toMatchObject({ kind: 'declined', reason: 'declined', dialect: 'mangopay' })
  })

  it('given a 200 with nothing wrong in it, it says it is not a failure', () => {
    expect(
      classify({ status: 200, body: { SC: 200, status: 'COMPLETED', networkRC: '00' } }).reason,
    ).toBe('not-a-failure')
  })

  it('given a 400 with no field to point at, it does not ask the customer to fix their input', () => {
    const recourse = classify({
      status: 400,
      body: {
        Message: 'One or several required parameters are missing or incorrect.',
        Type: 'param_error',
        Id: 'x',
        errors: null,
      },
    })
    expect(recourse).toMatchObject({ kind: 'contact-support', reason: 'bad-request' })
  })
})

describe('classify: reads every input', () => {
  it('given headers as a Headers instance, reads Retry-After and the request id', () => {
    const headers = new Headers({ 'Retry-After': '7', 'X-Request-Id': 'req-9' })
    expect(classify({ status: 429, headers })).toMatchObject({
      retry: { allowed: true, afterMs: 7000 },
      reference: 'req-9',
    })
  })

  it('given Retry-After as an HTTP-date, counts from the given clock', () => {
    const now = Date.parse('2026-11-22T10:00:00Z')
    const recourse = classify(
      { status: 503, headers: { 'retry-after': 'Sun, 22 Nov 2026 10:00:30 GMT' } },
      { now },
    )
    expect(recourse.retry.afterMs).toBe(30_000)
  })

  it.each(['-5', 'soon', '', 'Thu, 99 Foo 2026'])(
    'given nonsense Retry-After %j, has no hint',
    (value) => {
      expect(classify({ status: 429, headers: { 'Retry-After': value } }).retry).toEqual({
        allowed: true,
      })
    },
  )

  it('given a JSON body as text, parses it', () => {
    const body = JSON.stringify({
      error: { type: 'card_error', code: 'expired_card', message: 'Your card has expired.' },
    })
    expect(classify({ status: 402, body })).toMatchObject({
      kind: 'fix-input',
      reason: 'expired-card',
      fields: [{ field: 'exp_month' }],
    })
  })

  it('given an HTML body from a proxy, keeps none of it as a message', () => {
    const recourse = classify({
      status: 502,
      body: '<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>',
    })
    expect(recourse).toMatchObject({
      kind: 'retry-later',
      reason: 'bad-gateway',
      dialect: 'generic',
    })
    expect(recourse.message).toBeUndefined()
  })

  it('given an axios error without response, reads the timeout and the method', () => {
    const error = Object.assign(new Error('timeout of 1000ms exceeded'), {
      isAxiosError: true,
      code: 'ECONNABORTED',
      config: { method: 'post' },
    })
    expect(classify(error)).toMatchObject({ reason: 'outcome-unknown', retry: { allowed: false } })
  })

  it.each(['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed'])(
    'given the browser network TypeError %j on a GET, it is a retryable network error',
    (message) => {
      expect(classify(new TypeError(message), { method: 'GET' })).toMatchObject({
        kind: 'retry-later',
        reason: 'network-error',
        retry: { allowed: true },
      })
    },
  )

  it('given an error wrapping the response in its cause, walks the cause chain', () => {
    const error = new Error('payment failed', {
      cause: new Error('request failed', {
        cause: { status: 429, headers: { 'Retry-After': '2' } },
      }),
    })
    expect(classify(error)).toMatchObject({ reason: 'rate-limited', retry: { afterMs: 2000 } })
  })

  it('given an AggregateError, reads the first failure it recognizes', () => {
    const error = new AggregateError(
      [new Error('nothing here'), new TypeError('Failed to fetch')],
      'all failed',
    )
    expect(classify(error, { method: 'GET' }).reason).toBe('network-error')
  })

  it('given an AbortError on a GET, it is silent: the customer cancelled', () => {
    expect(classify(new DOMException('aborted', 'AbortError'), { method: 'GET' })).toMatchObject({
      reason: 'aborted',
      silent: true,
    })
  })

  it('given an AbortError on an unsafe POST, it is not silent: the payment may have gone through', () => {
    const recourse = classify(new DOMException('aborted', 'AbortError'), { method: 'POST' })
    expect(recourse).toMatchObject({ reason: 'outcome-unknown' })
    expect(recourse.silent).toBeUndefined()
  })

  it('given a bare provider body without a response, classifies from the body alone', () => {
    expect(classify({ SC: 422, EC: 'x', EM: 'Destination Disabled' })).toMatchObject({
      status: 422,
      reason: 'account-disabled',
    })
  })

  it('given a fetch Response, reads status and headers without touching the body', () => {
    const response = new Response('{"error":{"type":"card_error"}}', {
      status: 429,
      headers: { 'Retry-After': '1' },
    })
    expect(classify(response)).toMatchObject({ reason: 'rate-limited', retry: { afterMs: 1000 } })
    expect(response.bodyUsed).toBe(false)
  })

  it.each([undefined, null, 42, Symbol('x'), 'boom', [], () => 1])(
    'given %s, answers contact-support',
    (input) => {
      expect(classify(input).kind).toBe('contact-support')
    },
  )

  it('given a body whose getters throw, still answers', () => {
    const body = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
        has: () => {
          throw new Error('trap')
        },
      },
    )
    expect(classify({ status: 400, body }).kind).toBeDefined()
  })
})

describe('createClassifier', () => {
  it('given only the stripe dialect, reads other providers with the generic dialect', () => {
    const { classify: stripeOnly } = createClassifier({ dialects: [stripe] })
    expect(stripeOnly(stripeDecline('insufficient_funds')).dialect).toBe('stripe')
    expect(stripeOnly({ status: 400, body: { SC: 400, EC: 'x', EM: 'amount' } }).dialect).toBe(
      'generic',
    )
  })

  it('given a dialect forced by the context, skips detection', () => {
    const failure = readFailure(
      { status: 400, body: { error: { code: 'x', message: 'm' } } },
      { dialect: 'problem-details' },
    )
    expect(failure.dialect).toBe('problem-details')
  })

  it('given an app rule, refines the built-in result and says so in the trail', () => {
    const { classify: withRules } = createClassifier({
      rules: [
        {
          id: 'app:locked-is-temporary',
          when: { status: 423 },
          kind: 'retry-later',
          reason: 'locked',
          retry: 'always',
        },
      ],
    })
    expect(withRules({ status: 423 })).toMatchObject({
      kind: 'retry-later',
      retry: { allowed: true },
      trail: ['status:423', 'app:locked-is-temporary'],
    })
  })
})

describe('classify: request facts', () => {
  it('given a fetchJson error that records a POST, the caller default of GET does not make it safe', () => {
    const error = new RecourseFetchError({
      source: 'timeout',
      method: 'POST',
      url: '/pay',
      idempotent: false,
    })
    expect(classify(error, { method: 'GET' }).reason).toBe('outcome-unknown')
  })

  it('given an app that knows the request is idempotent (a transfer reference), trusts it', () => {
    const error = new RecourseFetchError({
      source: 'timeout',
      method: 'POST',
      url: '/transfer',
      idempotent: false,
    })
    expect(classify(error, { idempotent: true })).toMatchObject({
      reason: 'timeout',
      retry: { allowed: true },
    })
  })
})
