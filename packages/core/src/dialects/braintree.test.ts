import { describe, expect, it } from 'vitest'
import { classify } from '../classify.js'
import { createClassifier } from '../createClassifier.js'
import { braintree, braintreeGateway } from './braintree.js'

// The Braintree tables row by row, for the codes no published body in test/fixtures/providers/braintree.json exercises, and
// the bounds of the readers. Each body is a published one (braintree_java's CreditCardVerificationIT and
// ValidationErrorsIT, braintree_android's Fixtures.kt) with one value changed: the code under test.

const POST = { method: 'POST' } as const

/** The gateway's answer to a card verification the processor declined, with `code` as its response code. */
function processorDecline(code: string, status = 'processor_declined') {
  return {
    status: 422,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?><api-error-response><verification><status>${status}</status><processor-response-code>${code}</processor-response-code><processor-response-text>Text</processor-response-text><id>verification_id</id><credit-card><number>4111111111111111</number></credit-card></verification><errors><errors type="array"/></errors><message>Text</message></api-error-response>`,
  }
}

/** A GraphQL error inside a 200, as braintree_android's fixtures send it. */
function graphqlError(extensions: Record<string, unknown>) {
  return {
    status: 200,
    body: {
      data: { tokenizeCreditCard: null },
      errors: [{ message: 'Error', path: ['tokenizeCreditCard'], extensions }],
      extensions: { requestId: 'de1f7c67-4861-455f-89bb-1d208915f270' },
    },
  }
}

describe('given a processor decline from the gateway', () => {
  it.each([
    ['2000', 'declined', 'declined'],
    ['2001', 'declined', 'insufficient-funds'],
    ['2002', 'declined', 'limit-exceeded'],
    ['2004', 'declined', 'expired-card'],
    ['2005', 'fix-input', 'incorrect-number'],
    ['2006', 'fix-input', 'incorrect-expiry'],
    ['2010', 'fix-input', 'incorrect-cvc'],
    ['2015', 'declined', 'card-not-supported'],
    ['2046', 'declined', 'declined'],
    ['2059', 'fix-input', 'incorrect-postcode'],
    ['2099', 'declined', 'authentication-required'],
    ['2016', 'contact-support', 'duplicate-request'],
  ])('should read processor response %s as %s / %s, never to be retried', (code, kind, reason) => {
    const result = classify(processorDecline(code), POST)
    expect(result).toMatchObject({ dialect: 'braintree', kind, reason, code })
    expect(result.retry.allowed).toBe(false)
    expect(result.reference).toBe('verification_id')
    expect(JSON.stringify(result)).not.toContain('4111111111111111')
  })

  it('should read 3000 (processor network unavailable) as retry-later, safe to send again', () => {
    const result = classify(processorDecline('3000'), POST)
    expect(result).toMatchObject({ kind: 'retry-later', reason: 'unavailable' })
    expect(result.retry.allowed).toBe(true)
  })

  it('should read a gateway_rejected verification as a decline, but an authorized one as none', () => {
    expect(classify(processorDecline('1000', 'gateway_rejected'), POST).kind).toBe('declined')
    const verified = classify(processorDecline('1000', 'verified'), POST)
    expect(verified.kind).not.toBe('declined')
    expect(verified).not.toHaveProperty('reference')
  })
})

describe('given GraphQL errors inside a 200', () => {
  it.each([
    ['81736', 'fix-input', 'incorrect-cvc'],
    ['81737', 'fix-input', 'incorrect-postcode'],
    ['81710', 'fix-input', 'incorrect-expiry'],
    ['81714', 'fix-input', 'incorrect-number'],
    ['81716', 'fix-input', 'incorrect-number'],
    ['81703', 'declined', 'card-not-supported'],
    ['81502', 'fix-input', 'invalid-input'],
  ])('should read legacyCode %s as %s / %s', (legacyCode, kind, reason) => {
    const result = classify(
      graphqlError({
        errorClass: 'VALIDATION',
        errorType: 'user_error',
        legacyCode,
        inputPath: ['input', 'creditCard', 'x'],
      }),
      POST,
    )
    expect(result).toMatchObject({ dialect: 'braintree', kind, reason })
    // The fields are kept for what the customer can fix; a decline points at no field.
    expect(result.fields).toEqual(
      kind === 'fix-input' ? [{ field: 'creditCard.x', code: legacyCode, message: 'Error' }] : [],
    )
  })

  it.each([
    ['RESOURCE_LIMIT', 'retry-later', 'rate-limited', true],
    ['SERVICE_AVAILABILITY', 'retry-later', 'unavailable', true],
    ['UNSUPPORTED_CLIENT', 'contact-support', 'configuration-error', false],
    ['AUTHENTICATION', 'contact-support', 'bad-request', false],
  ])('should read errorClass %s as %s / %s', (errorClass, kind, reason, retried) => {
    const result = classify(graphqlError({ errorClass }), POST)
    expect(result).toMatchObject({ kind, reason })
    expect(result.retry.allowed).toBe(retried)
  })

  it('should read INTERNAL as a failure that may have been carried out: to an unkeyed POST, an unknown outcome', () => {
    const result = classify(graphqlError({ errorClass: 'INTERNAL' }), { method: 'POST' })
    expect(result).toMatchObject({
      kind: 'contact-support',
      reason: 'outcome-unknown',
      processed: 'maybe',
    })
    expect(result.retry.allowed).toBe(false)
  })

  it('should not take a GraphQL body of another API without a request id for Braintree', () => {
    const body = {
      data: null,
      errors: [{ message: 'Not authorized', extensions: { code: 'FORBIDDEN' } }],
    }
    expect(classify({ status: 200, body }, POST).dialect).not.toBe('braintree')
  })
})

describe('given the two Braintree dialects', () => {
  const xml = processorDecline('2001')

  it('should leave the gateway XML to braintreeGateway: braintree alone reads JSON only', () => {
    expect(createClassifier({ dialects: [braintree] }).classify(xml, POST).dialect).toBe('generic')
    expect(createClassifier({ dialects: [braintreeGateway] }).classify(xml, POST)).toMatchObject({
      dialect: 'braintree',
      reason: 'insufficient-funds',
    })
  })

  it('should read the client API and GraphQL the same way in both', () => {
    const body = graphqlError({ legacyCode: '81736', inputPath: ['input', 'creditCard', 'cvv'] })
    for (const dialect of [braintree, braintreeGateway]) {
      expect(createClassifier({ dialects: [dialect] }).classify(body, POST)).toMatchObject({
        reason: 'incorrect-cvc',
        fields: [{ field: 'creditCard.cvv' }],
        reference: 'de1f7c67-4861-455f-89bb-1d208915f270',
      })
    }
  })

  it('should not read other XML, such as Mastercard errors, as a Braintree body', () => {
    const other =
      '<Errors><Error><Source>amount</Source><ReasonCode>INVALID</ReasonCode></Error></Errors>'
    expect(braintreeGateway.readText?.(other)).toBeUndefined()
    expect(
      braintreeGateway.readText?.('<api-error-response><message>x</message></api-error-response>'),
    ).toEqual({
      'api-error-response': { message: 'x' },
    })
  })
})

describe('given hostile Braintree bodies', () => {
  it('should stop at a bounded depth in nested fieldErrors and never throw', () => {
    let nested: unknown = [{ field: 'number', message: 'Credit card number is invalid' }]
    for (let level = 0; level < 10_000; level++) nested = [{ field: 'a', fieldErrors: nested }]
    const result = classify(
      { status: 422, body: { error: { message: 'x' }, fieldErrors: nested } },
      POST,
    )
    expect(result.dialect).toBe('braintree')
    expect(result.fields).toEqual([])
  })

  it('should read at most 50 errors however many are sent', () => {
    const wide = Array.from({ length: 50 }, (_, index) => ({
      field: `f${index}`,
      fieldErrors: Array.from({ length: 50 }, () => ({ field: 'x', message: 'm' })),
    }))
    const result = classify(
      { status: 422, body: { error: { message: 'x' }, fieldErrors: wide } },
      POST,
    )
    expect(result.fields).toHaveLength(50)
  })

  it('should name the nested gateway objects as the request does, in snake case', () => {
    const body =
      '<api-error-response><errors><errors type="array"/><transaction><credit-card><errors type="array"><error><code>81736</code><attribute type="symbol">cvv</attribute><message>CVV verification failed.</message></error></errors></credit-card></transaction></errors></api-error-response>'
    expect(classify({ status: 422, body }, POST)).toMatchObject({
      reason: 'incorrect-cvc',
      fields: [{ field: 'transaction.credit_card.cvv', code: '81736' }],
    })
  })
})
