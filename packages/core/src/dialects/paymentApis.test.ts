import { describe, expect, it } from 'vitest'
import { classify } from '../classify.js'

// The code tables of the Adyen, Checkout.com, PayPal, Square, GoCardless and Razorpay dialects, row by row, for the
// codes no published body in test/fixtures exercises. Each body is the provider's documented shape with one value
// changed: the code under test.

const POST = { method: 'POST', idempotent: true } as const

function adyenRefusal(refusalReasonCode: string, refusalReason: string) {
  return {
    status: 200,
    body: {
      pspReference: '7924836078655376',
      resultCode: 'Refused',
      refusalReason,
      refusalReasonCode,
    },
  }
}

function checkoutDecline(responseCode: string) {
  return {
    status: 201,
    body: {
      id: 'pay_idt2rgacxglehoyhiu7fu3e4we',
      approved: false,
      status: 'Declined',
      response_code: responseCode,
      response_summary: 'Declined',
    },
  }
}

describe('given Adyen refusals inside a 200', () => {
  it.each([
    ['12', 'Not enough balance', 'declined', 'insufficient-funds'],
    ['6', 'Expired Card', 'declined', 'expired-card'],
    ['24', 'CVC Declined', 'declined', 'incorrect-cvc'],
    ['29', 'Withdrawal count exceeded', 'declined', 'limit-exceeded'],
    ['38', 'Authentication required', 'declined', 'authentication-required'],
    ['9', 'Issuer Unavailable', 'retry-later', 'issuer-unavailable'],
    ['20', 'FRAUD', 'declined', 'declined'],
    ['31', 'Issuer Suspected Fraud', 'declined', 'declined'],
  ])('code %s (%s) should be %s / %s', (code, name, kind, reason) => {
    const recourse = classify(adyenRefusal(code, name), POST)
    expect(recourse).toMatchObject({ dialect: 'adyen', kind, reason })
    expect(JSON.stringify(recourse)).not.toContain(name)
  })

  it('should read the refusal by its name when the code is absent', () => {
    const { body } = adyenRefusal('12', 'Not enough balance')
    const { refusalReasonCode: _code, ...withoutCode } = body
    expect(classify({ status: 200, body: withoutCode }, POST).reason).toBe('insufficient-funds')
  })

  it('should take a Cancelled result as a payment that did not go through', () => {
    const { body } = adyenRefusal('15', 'Cancelled')
    expect(
      classify({ status: 200, body: { ...body, resultCode: 'Cancelled' } }, POST),
    ).toMatchObject({
      kind: 'declined',
      reason: 'payment-failed',
    })
  })

  it('should leave an Authorised result alone', () => {
    const { body } = adyenRefusal('0', '')
    expect(
      classify({ status: 200, body: { ...body, resultCode: 'Authorised' } }, POST).reason,
    ).toBe('not-a-failure')
  })
})

describe('given Checkout.com declines inside a 201', () => {
  it.each([
    ['20051', 'declined', 'insufficient-funds'],
    ['20054', 'declined', 'expired-card'],
    ['20061', 'declined', 'limit-exceeded'],
    ['20091', 'retry-later', 'issuer-unavailable'],
    ['30033', 'declined', 'expired-card'],
    ['30041', 'declined', 'declined'],
    ['30043', 'declined', 'declined'],
    ['20059', 'declined', 'declined'],
    // 82 is a card-present or cryptogram failure (Visa) or a policy decline (Mastercard), not the CVV2 typed: N7 is.
    ['20082', 'declined', 'declined'],
    ['200N7', 'declined', 'incorrect-cvc'],
  ])('response_code %s should be %s / %s', (code, kind, reason) => {
    expect(classify(checkoutDecline(code), POST)).toMatchObject({
      dialect: 'checkout-com',
      kind,
      reason,
      reference: 'pay_idt2rgacxglehoyhiu7fu3e4we',
    })
  })

  it('should point each card error code at its field under source', () => {
    const recourse = classify(
      {
        status: 422,
        body: {
          request_id: '0HL80RJLS76I7',
          error_type: 'request_invalid',
          error_codes: ['card_number_invalid', 'card_expiry_month_invalid'],
        },
      },
      POST,
    )
    expect(recourse.reason).toBe('incorrect-number')
    expect(recourse.fields.map((field) => field.field)).toEqual([
      'source.number',
      'source.expiry_month',
    ])
  })
})

describe('given PayPal issues', () => {
  it.each([
    ['PAYER_ACTION_REQUIRED', 'declined', 'authentication-required'],
    ['TRANSACTION_LIMIT_EXCEEDED', 'declined', 'limit-exceeded'],
    ['CARD_BRAND_NOT_SUPPORTED', 'declined', 'card-not-supported'],
    ['PAYER_ACCOUNT_RESTRICTED', 'declined', 'account-disabled'],
    ['ORDER_ALREADY_CAPTURED', 'contact-support', 'duplicate-request'],
  ])('%s should be %s / %s', (issue, kind, reason) => {
    const body = {
      name: 'UNPROCESSABLE_ENTITY',
      message: 'The requested action could not be performed.',
      debug_id: 'fa9ffe64391d4',
      details: [{ issue, description: 'described' }],
    }
    expect(classify({ status: 422, body }, POST)).toMatchObject({
      dialect: 'paypal',
      kind,
      reason,
      reference: 'fa9ffe64391d4',
    })
  })
})

describe('given Square error codes', () => {
  it.each([
    ['CVV_FAILURE', 'fix-input', 'incorrect-cvc'],
    ['ADDRESS_VERIFICATION_FAILURE', 'fix-input', 'incorrect-postcode'],
    ['CARD_TOKEN_EXPIRED', 'fix-input', 'card-details-expired'],
    ['TRANSACTION_LIMIT', 'declined', 'limit-exceeded'],
    ['GENERIC_DECLINE', 'declined', 'declined'],
  ])('%s should be %s / %s', (code, kind, reason) => {
    const body = {
      errors: [
        { code, detail: `Authorization error: '${code}'`, category: 'PAYMENT_METHOD_ERROR' },
      ],
    }
    expect(classify({ status: 400, body }, POST)).toMatchObject({ dialect: 'square', kind, reason })
  })
})

describe('given Razorpay reasons', () => {
  it.each([
    ['card_number_invalid', 'fix-input', 'incorrect-number'],
    ['card_expired', 'declined', 'expired-card'],
    ['bank_technical_error', 'retry-later', 'issuer-unavailable'],
    ['incorrect_cvv', 'fix-input', 'incorrect-cvc'],
    ['insufficient_funds', 'declined', 'insufficient-funds'],
    ['payment_failed', 'declined', 'payment-failed'],
  ])('%s should be %s / %s', (reason, kind, expected) => {
    const body = {
      error: {
        code: 'BAD_REQUEST_ERROR',
        description: 'described',
        field: null,
        source: 'customer',
        step: 'payment_authentication',
        reason,
        metadata: { payment_id: 'pay_EDNBKIP31Y4jl8' },
      },
    }
    expect(classify({ status: 400, body }, POST)).toMatchObject({
      dialect: 'razorpay',
      kind,
      reason: expected,
    })
  })
})

describe('given bodies of the seed providers', () => {
  it('should leave a Stripe error to the stripe dialect, not to GoCardless or Razorpay', () => {
    const body = { error: { type: 'card_error', code: 'card_declined', message: 'Declined.' } }
    expect(classify({ status: 402, body }, POST).dialect).toBe('stripe')
  })

  it('should leave a plain RFC 9457 problem to problem-details, not to Adyen', () => {
    const body = { type: 'https://example.net/validation-error', title: 'Invalid', status: 422 }
    expect(classify({ status: 422, body }, POST).dialect).toBe('problem-details')
  })
})
