import { describe, expect, it } from 'vitest'
import { classify } from './classify.js'
import { createClassifier } from './createClassifier.js'
import { describe as describeRecourse } from './describe.js'
import { RecourseFetchError, withRequestFacts } from './fetchJson.js'
import { createRetryPolicy } from './retryPolicy.js'
import { statusRules } from './statusRules.js'
import type { Recourse } from './types.js'

// Each case here is a way a payment could have been charged twice, or a customer misled, found in review.

describe('given a provider that reports an UNKNOWN or partial outcome with a network code', () => {
  it.each(['51', '91', '05'])(
    'given TabaPay 207 UNKNOWN with networkRC %s and a key, stays outcome-unknown',
    (code) => {
      const recourse = classify(
        { status: 207, body: { SC: 207, status: 'UNKNOWN', networkRC: code } },
        { method: 'POST', idempotent: true },
      )
      expect(recourse).toMatchObject({
        kind: 'contact-support',
        reason: 'outcome-unknown',
        retry: { allowed: false },
      })
    },
  )

  it('given TabaPay PARTIAL_COMPLETED with networkRC 91, stays partially-completed and is not retried', () => {
    const recourse = classify({
      status: 200,
      body: { SC: 200, status: 'PARTIAL_COMPLETED', networkRC: '91' },
    })
    expect(recourse).toMatchObject({ reason: 'partially-completed', retry: { allowed: false } })
  })

  it('given TabaPay FAILED with networkRC 51, is still refined to insufficient funds', () => {
    expect(
      classify({ status: 200, body: { SC: 200, status: 'FAILED', networkRC: '51' } }).reason,
    ).toBe('insufficient-funds')
  })
})

describe('given app rules that try to loosen the safety step', () => {
  it('given a rule that makes a 207 retry-later with retry always, the outcome stays unknown and not retried', () => {
    const { classify: withRule } = createClassifier({
      rules: [
        {
          id: 'app:207',
          when: { status: 207 },
          kind: 'retry-later',
          reason: 'outcome-unknown',
          retry: 'always',
        },
      ],
    })
    expect(withRule({ status: 207 }, { method: 'POST' })).toMatchObject({
      kind: 'contact-support',
      reason: 'outcome-unknown',
      retry: { allowed: false },
    })
  })

  it('given a rule that says a 504 cannot have been processed, a POST without key is still an unknown outcome', () => {
    const { classify: withRule } = createClassifier({
      rules: [{ id: 'app:504', when: { status: 504 }, mayHaveProcessed: false }],
    })
    expect(withRule({ status: 504 }, { method: 'POST' }).reason).toBe('outcome-unknown')
  })
})

describe('given rate-limit headers', () => {
  const windows = { 'X-RateLimit-Reset': '1700086400,1700000900', 'X-RateLimit-Remaining': '5,100' }

  it('given a Mangopay 503 with its usual reset headers, waits for no reset', () => {
    const recourse = classify({ status: 503, headers: windows }, { now: 1_700_000_000_000 })
    expect(recourse.retry).toEqual({ allowed: true })
  })

  it('given a 429, waits for the latest window', () => {
    expect(
      classify({ status: 429, headers: windows }, { now: 1_700_000_000_000 }).retry.afterMs,
    ).toBe(86_400_000)
  })
})

describe('given an axios error whose request carried an idempotency key', () => {
  it('given a 504 on that POST, may be retried', () => {
    const error = Object.assign(new Error('Request failed with status code 504'), {
      isAxiosError: true,
      config: {
        method: 'post',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-9' },
      },
      response: { status: 504, data: '', headers: {} },
    })
    expect(classify(error)).toMatchObject({ kind: 'retry-later', retry: { allowed: true } })
  })
})

describe('the retry policy, given settled and unsettled payments', () => {
  const keyedPost = (status: number, body?: unknown) =>
    new RecourseFetchError({
      source: 'http',
      status,
      body,
      method: 'POST',
      url: '/pay',
      idempotent: true,
    })

  it('given a Mangopay payment FAILED with a technical result code, does not resend it (the key would replay it)', () => {
    const failed = keyedPost(200, { Id: '1', Status: 'FAILED', ResultCode: '009101' })
    expect(classify(failed)).toMatchObject({ kind: 'retry-later', retry: { allowed: true } })
    expect(createRetryPolicy().retry(0, failed)).toBe(false)
  })

  it('given a 503 on a keyed POST, resends it', () => {
    expect(createRetryPolicy().retry(0, keyedPost(503))).toBe(true)
  })

  it('given a 500 on a GET, retries it', () => {
    const error = new RecourseFetchError({
      source: 'http',
      status: 500,
      method: 'GET',
      url: '/x',
      idempotent: false,
    })
    expect(createRetryPolicy().retry(0, error)).toBe(true)
  })
})

describe('withRequestFacts', () => {
  it('given a bare network TypeError of a keyed POST, records the key so the retry is known safe', () => {
    const error = withRequestFacts(new TypeError('Failed to fetch'), {
      method: 'POST',
      idempotent: true,
    })
    expect(error).toMatchObject({ source: 'network', method: 'POST', idempotent: true })
    expect(error.cause).toBeInstanceOf(TypeError)
    expect(classify(error)).toMatchObject({ kind: 'retry-later', retry: { allowed: true } })
  })

  it('given a fetchJson error sent with a custom key header, marks it idempotent and keeps status and body', () => {
    const original = new RecourseFetchError({
      source: 'http',
      status: 402,
      body: { error: { type: 'card_error' } },
      method: 'POST',
      url: '/pay',
      idempotent: false,
    })
    const error = withRequestFacts(original, { method: 'POST', idempotent: true })
    expect(error).toMatchObject({ status: 402, idempotent: true, url: '/pay' })
    expect(classify(error).kind).toBe('declined')
  })

  it('given an error that already records the key, returns it as it is', () => {
    const original = new RecourseFetchError({
      source: 'timeout',
      method: 'POST',
      url: '/pay',
      idempotent: true,
    })
    expect(withRequestFacts(original, { method: 'POST', idempotent: true })).toBe(original)
  })
})

describe('describe, given an app override for a reason', () => {
  it('uses the app words over the provider safe message', () => {
    const recourse = classify({
      status: 402,
      body: {
        error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
      },
    })
    expect(
      describeRecourse(recourse, {
        overrides: { reasons: { declined: { body: 'The bank said no.' } } },
      }).body,
    ).toBe('The bank said no.')
  })
})

/** Whether the failed request, or an earlier one with its key, may have been carried out. */
const mayHaveBeenProcessed = (recourse: Recourse): boolean => recourse.processed !== 'no'

describe('recourse.processed', () => {
  it('given a status whose rule is marked "may have been processed", is true for a keyed payment', () => {
    const marked = statusRules.filter(
      (rule) => rule.mayHaveProcessed === true && typeof rule.when.status === 'number',
    )
    expect(marked.length).toBeGreaterThan(0)
    for (const rule of marked) {
      const recourse = classify({ status: rule.when.status }, { method: 'POST', idempotent: true })
      expect(mayHaveBeenProcessed(recourse), rule.id).toBe(true)
      expect(recourse.repeatWith, rule.id).toBe('same-key')
    }
  })

  it('given an answer that says the request was not carried out, or was settled, is false', () => {
    for (const failure of [
      { status: 429, headers: { 'Retry-After': '1' } },
      { status: 503 },
      { status: 402, body: { error: { type: 'card_error', code: 'card_declined' } } },
      { status: 400, body: { error: { type: 'invalid_request_error', param: 'amount' } } },
    ]) {
      expect(mayHaveBeenProcessed(classify(failure, { method: 'POST', idempotent: true }))).toBe(
        false,
      )
    }
  })

  it('given a keyed payment that timed out or got a 500, is true', () => {
    const timedOut = new RecourseFetchError({
      source: 'timeout',
      method: 'POST',
      url: '/pay',
      idempotent: true,
    })
    expect(mayHaveBeenProcessed(classify(timedOut))).toBe(true)
    expect(
      mayHaveBeenProcessed(classify({ status: 500 }, { method: 'POST', idempotent: true })),
    ).toBe(true)
  })
})
