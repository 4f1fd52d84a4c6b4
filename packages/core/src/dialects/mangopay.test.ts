import { describe, expect, it } from 'vitest'
import { classify } from '../classify.js'

// Result codes and their families from https://docs.mangopay.com/errors/codes; full bodies are in
// test/fixtures/providers/mangopay.json with their pages.

const failed = (ResultCode: string, Status = 'FAILED') => ({
  status: 200,
  body: { Id: '193079564', Type: 'PAYIN', Status, ResultCode, ResultMessage: 'text' },
})

describe('the Mangopay dialect', () => {
  it.each([
    ['105101', 'incorrect-number', 'cardNumber'],
    ['105202', 'incorrect-number', 'cardNumber'],
    ['101105', 'expired-card', 'cardExpirationDate'],
    ['105203', 'incorrect-expiry', 'cardExpirationDate'],
    ['105204', 'incorrect-cvc', 'cardCvx'],
  ])('given card input result code %s, the customer corrects %s on %s', (code, reason, field) => {
    for (const status of ['FAILED', 'ERROR']) {
      expect(classify(failed(code, status), { method: 'POST' })).toMatchObject({
        kind: 'fix-input',
        reason,
        fields: [{ field, code }],
      })
    }
  })

  // 101399 (3-D Secure not available) comes from the issuer's side or the card, per its page: a decline.
  it.each(['101101', '101199', '008002', '105103', '101399'])(
    'given the refusal %s, is a decline',
    (code) => {
      expect(classify(failed(code), { method: 'POST' })).toMatchObject({
        kind: 'declined',
        fields: [],
      })
    },
  )

  it.each(['001015', '105206'])(
    'given the configuration or integration error %s, sends the customer to support',
    (code) => {
      expect(classify(failed(code), { method: 'POST' })).toMatchObject({
        kind: 'contact-support',
        reason: 'configuration-error',
        retry: { allowed: false },
      })
    },
  )

  it.each(['001999', '009101', '009199', '009499', '009999'])(
    'given the temporary technical error %s, asks to try again later',
    (code) => {
      expect(classify(failed(code), { method: 'POST' })).toMatchObject({
        kind: 'retry-later',
        reason: 'issuer-unavailable',
      })
    },
  )

  it('given 001599 (the tokenization call never arrived), asks to enter the card again later', () => {
    expect(classify(failed('001599', 'ERROR'), { method: 'PUT' })).toMatchObject({
      kind: 'retry-later',
      reason: 'unavailable',
      retry: { allowed: true },
    })
  })

  it('given a card registration in ERROR with a result code of no family, is a failed payment', () => {
    expect(classify(failed('101699', 'ERROR'), { method: 'PUT' })).toMatchObject({
      kind: 'declined',
      reason: 'payment-failed',
    })
  })

  it('given an error Id with a #timestamp suffix, quotes the Id without it', () => {
    const body = { Message: 'm', Type: 'param_error', Id: 'bf6cce22-4c12#1452723935', errors: null }
    expect(classify({ status: 400, body }).reference).toBe('bf6cce22-4c12')
  })

  it('given `Errors` or `errors`, reads the same field map', () => {
    for (const key of ['Errors', 'errors']) {
      const body = {
        Message: 'm',
        Type: 'param_error',
        Id: 'x',
        [key]: { IBAN: 'The value is not a valid IBAN' },
      }
      expect(classify({ status: 400, body }).fields).toEqual([
        { field: 'IBAN', message: 'The value is not a valid IBAN' },
      ])
    }
  })

  it('given a 401 with a Type but no Id, is unauthenticated with no reference', () => {
    const recourse = classify({
      status: 401,
      body: { Message: 'Authorization required', Type: 'unauthorized' },
    })
    expect(recourse).toMatchObject({
      kind: 'contact-support',
      reason: 'unauthenticated',
      dialect: 'mangopay',
    })
    expect(recourse).not.toHaveProperty('reference')
  })
})
