import { describe, expect, it } from 'vitest'
import { classify } from '../classify.js'

describe('the Stripe dialect', () => {
  it('given Stripe-Should-Retry: true on a 400, retries it, even on an unkeyed POST (a 400 was not carried out)', () => {
    const recourse = classify(
      {
        status: 400,
        headers: { 'Stripe-Should-Retry': 'true' },
        body: { error: { type: 'your_fault' } },
      },
      { method: 'POST' },
    )
    expect(recourse).toMatchObject({
      kind: 'retry-later',
      dialect: 'stripe',
      retry: { allowed: true },
    })
  })

  it('given Stripe-Should-Retry: true on a body with only a message, still reads it as Stripe', () => {
    const recourse = classify(
      {
        status: 409,
        headers: { 'stripe-should-retry': 'true' },
        body: { error: { message: 'Conflict' } },
      },
      { method: 'POST', idempotent: true },
    )
    expect(recourse).toMatchObject({
      kind: 'retry-later',
      dialect: 'stripe',
      retry: { allowed: true },
    })
  })

  it('given Stripe-Should-Retry: false on a 500 or a 503, never retries, keyed or not', () => {
    for (const status of [500, 503]) {
      const recourse = classify(
        {
          status,
          headers: { 'Stripe-Should-Retry': 'false' },
          body: { error: { type: 'api_error' } },
        },
        { method: 'POST', idempotent: true },
      )
      expect(recourse.retry.allowed).toBe(false)
    }
  })

  it('given an API v2 `type: "rate_limit"` on a 400, or a v1 `code: "rate_limit"` on a 400, is rate limited', () => {
    for (const error of [
      { type: 'rate_limit', code: 'account_rate_limit_exceeded' },
      { type: 'invalid_request_error', code: 'rate_limit' },
    ]) {
      expect(classify({ status: 400, body: { error } }, { method: 'GET' })).toMatchObject({
        kind: 'retry-later',
        reason: 'rate-limited',
        retry: { allowed: true },
      })
    }
  })

  // https://docs.stripe.com/error-codes (amount_too_small, amount_too_large): the limit is stated in the message.
  const amountError = (code: string, message: string) =>
    classify(
      {
        status: 400,
        body: { error: { type: 'invalid_request_error', code, param: 'amount', message } },
      },
      { method: 'POST' },
    )

  it('given amount_too_small or amount_too_large, reads the limit the message states onto the field', () => {
    expect(amountError('amount_too_small', 'Amount must be at least £0.30 gbp').fields).toEqual([
      {
        field: 'amount',
        code: 'amount_too_small',
        limits: { min: '£0.30' },
        message: 'Amount must be at least £0.30 gbp',
      },
    ])
    expect(
      amountError('amount_too_large', 'Amount must be no more than $999,999.99').fields[0]?.limits,
    ).toEqual({ max: '$999,999.99' })
  })

  it('given an amount error whose message states no amount, or something else, reads no limit', () => {
    expect(amountError('amount_too_small', 'Amount too small').fields[0]?.limits).toBeUndefined()
    expect(
      amountError('amount_too_small', 'Amount must be at least <img src=x>').fields[0]?.limits,
    ).toBeUndefined()
    expect(amountError('parameter_invalid_integer', 'at least 5').fields[0]?.limits).toBeUndefined()
  })
})
