import { describe, expect, it } from 'vitest'
import { classify } from '../classify.js'
import { mastercard } from './mastercard.js'

// Shapes seen in Mastercard's own docs and specs (the sourced fixtures in test/fixtures hold the full bodies);
// here each case varies one thing.

function xmlError(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Errors><Error>${inner}</Error></Errors>`
}

describe('the Mastercard dialect', () => {
  it('given an XML body, reads Source, ReasonCode, Description, Recoverable and RequestId', () => {
    const recourse = classify(
      {
        status: 400,
        body: xmlError(
          '<RequestId>170022</RequestId><Source>recipient_account_uri</Source>' +
            '<ReasonCode>MISSING_REQUIRED_INPUT</ReasonCode><Description>Missing Required Input</Description>' +
            '<Recoverable>false</Recoverable>',
        ),
      },
      { method: 'POST' },
    )
    expect(recourse).toMatchObject({
      kind: 'fix-input',
      dialect: 'mastercard',
      code: 'MISSING_REQUIRED_INPUT',
      reference: '170022',
      fields: [{ field: 'recipient_account_uri', message: 'Missing Required Input' }],
    })
  })

  it('given an XML 500 marked Recoverable true or false, reads the flag as the JSON one', () => {
    const recoverable = (flag: string) =>
      classify(
        {
          status: 500,
          body: xmlError(
            `<Source>Service</Source><ReasonCode>SYSTEM_ERROR</ReasonCode><Recoverable>${flag}</Recoverable>`,
          ),
        },
        { method: 'GET' },
      )
    expect(recoverable('true')).toMatchObject({ kind: 'retry-later', retry: { allowed: true } })
    expect(recoverable('false')).toMatchObject({
      kind: 'contact-support',
      retry: { allowed: false },
    })
  })

  it('given XML it cannot read (cut short, or not an Errors document), leaves it to the status', () => {
    expect(mastercard.readText?.(xmlError('<Source>amount</Source>').slice(0, 40))).toBeUndefined()
    expect(mastercard.readText?.('<html><body>Bad gateway</body></html>')).toBeUndefined()
    expect(classify({ status: 400, body: '<Errors><Error><Source>amount' })).toMatchObject({
      dialect: 'generic',
    })
  })

  it('given lower-case keys, `errors` as a list and a top-level list, finds the error and the request id', () => {
    const recourse = classify({
      status: 400,
      body: [
        {
          requestId: 4242,
          errors: [
            {
              source: 'merchant-api',
              reasonCode: 'invalid.request.parameter',
              description: 'Invalid',
              details: 'acquirerICA size must be less than 11',
            },
          ],
        },
      ],
    })
    expect(recourse).toMatchObject({
      dialect: 'mastercard',
      reference: '4242',
      fields: [{ field: 'acquirerICA' }],
    })
  })

  it('given `Errors` as a list of errors without `Error`, reads each of them', () => {
    const recourse = classify({
      status: 400,
      body: {
        Errors: [
          { Source: 'amount', ReasonCode: 'INVALID_INPUT_VALUE' },
          { Source: 'currency', ReasonCode: 'INVALID_INPUT_VALUE' },
        ],
      },
    })
    expect(recourse.fields.map((field) => field.field)).toEqual(['amount', 'currency'])
  })

  it('given a numeric RequestId, quotes it; given one beyond 2^53, quotes none rather than a rounded one', () => {
    // As the bytes arrive: JSON.parse rounds the long one to 9223372036854775808.
    const withId = (requestId: string) =>
      classify({
        status: 404,
        body: `{"Errors":{"Error":{"RequestId":${requestId},"Source":"id","ReasonCode":"RESOURCE_ERROR"}}}`,
      })
    expect(withId('13559438').reference).toBe('13559438')
    expect(withId('9223372036854775807')).not.toHaveProperty('reference')
  })

  it('given a ReasonCode with stray spaces, matches it as the trimmed code', () => {
    const recourse = classify({
      status: 400,
      body: { Errors: { Error: { Source: 'proposalId', ReasonCode: ' DECLINE ' } } },
    })
    expect(recourse).toMatchObject({ kind: 'declined', code: 'DECLINE' })
  })

  it.each([
    ["The supplied field: 'date' is of an unsupported format", 'date'],
    ['Cannot find field: envt3 in message AuthorisationInitiation1', 'envt3'],
    [
      'footprintsByTransactionData.transactionData[0].mcc: size must be between 1 and 4',
      'footprintsByTransactionData.transactionData[0].mcc',
    ],
    ['fromDate must match "^\\d{4}$"', 'fromDate'],
    ['request_id query param must be a positive integer', 'request_id'],
  ])('given Source "Validation" and the text %j, names the field %s', (text, field) => {
    const recourse = classify({
      status: 400,
      body: {
        Errors: {
          Error: {
            Source: 'Validation',
            ReasonCode: 'INVALID_REQUEST_PARAMETER',
            Description: text,
          },
        },
      },
    })
    expect(recourse.fields.map((found) => found.field)).toEqual([field])
  })

  it.each([
    'Carbon-Calculator',
    'transaction-api',
    'Gateway',
    'RESOURCE_UNKNOWN',
    'Security.Credential',
    "Mastercard Installments API's",
  ])(
    'given the system name %j as Source and no field in the text, points at no field',
    (source) => {
      const recourse = classify({
        status: 400,
        body: {
          Errors: {
            Error: {
              Source: source,
              ReasonCode: 'INVALID',
              Description: 'Merchant legal name is invalid.',
            },
          },
        },
      })
      expect(recourse).toMatchObject({ kind: 'contact-support', reason: 'bad-request', fields: [] })
    },
  )

  it('given "Additional Data-<id>-<name>" as Source, points at that additional data field', () => {
    const source = 'Additional Data-1200-Destination Service Tag'
    const recourse = classify({
      status: 400,
      body: { Errors: { Error: { Source: source, ReasonCode: 'INVALID_INPUT_VALUE' } } },
    })
    expect(recourse).toMatchObject({ kind: 'fix-input', fields: [{ field: source }] })
  })

  it.each([
    ['INVALID_FIELD_FORMAT_FIRST_NAME', 'firstName'],
    ['MISSING_REQUIRED_FIELD_USER_NUMBER', 'userNumber'],
    ['invalid data: countryCode', 'countryCode'],
    ['querystring.country_code.missing', 'country_code'],
  ])('given the reason code %j and no field elsewhere, names the field %s', (code, field) => {
    const recourse = classify({
      status: 400,
      body: {
        Errors: {
          Error: { Source: 'Loyalty-Enrollment', ReasonCode: code, Description: 'Check it.' },
        },
      },
    })
    expect(recourse.fields.map((found) => found.field)).toEqual([field])
  })

  it.each(['INVALID_FIELD_VALUE', 'MISSING_REQUIRED_FIELD', 'INVALID_FIELD'])(
    'given the bare reason code %j, names no field from it',
    (code) => {
      const recourse = classify({
        status: 400,
        body: {
          Errors: { Error: { Source: 'MI-Issuing', ReasonCode: code, Description: 'Check it.' } },
        },
      })
      expect(recourse.fields).toEqual([])
    },
  )

  it.each([
    // A quoted word after "value" is the value sent, not a field; the Source 'mids' is the ID Service.
    ["Unexpected value 'Invalid' for enumerate field.", []],
    // The text names the field: it wins over a Source that only looks like one.
    ["Invalid value US4 for 'countryCode'.", ['countryCode']],
  ])('given Source "mids" and the text %j, finds the fields %j', (description, fields) => {
    const recourse = classify({
      status: 400,
      body: {
        Errors: {
          Error: { Source: 'mids', ReasonCode: 'VALIDATION_ERROR', Description: description },
        },
      },
    })
    expect(recourse.fields.map((found) => found.field)).toEqual(fields)
  })

  it('given a 401 marked Recoverable, does not retry it: the same credentials are refused again', () => {
    const recourse = classify(
      {
        status: 401,
        body: {
          Errors: {
            Error: {
              Source: 'Loyalty-Enrollment',
              ReasonCode: 'AUTHORIZATION_ERROR',
              Recoverable: true,
            },
          },
        },
      },
      { method: 'GET' },
    )
    expect(recourse).toMatchObject({
      kind: 'contact-support',
      reason: 'unauthenticated',
      retry: { allowed: false },
    })
  })

  it('given a 403 marked Recoverable (outside a time window), retries it later', () => {
    const recourse = classify(
      {
        status: 403,
        body: {
          Errors: { Error: { Source: 'Service', ReasonCode: 'UNAVAILABLE', Recoverable: 'true' } },
        },
      },
      { method: 'POST' },
    )
    expect(recourse).toMatchObject({ kind: 'retry-later', retry: { allowed: true } })
  })

  it('given JSON:API-style errors with a `source` object and no reason code, leaves them to another dialect', () => {
    const body = {
      errors: [
        {
          code: 'parameter_format_invalid',
          detail: 'details.card_number format is invalid.',
          source: { pointer: 'details.card_number' },
        },
      ],
    }
    expect(mastercard.detect(body, {})).toBe(false)
  })

  describe('given a Send payment answered with a 201', () => {
    const payment = (fields: Record<string, string>) =>
      classify(
        {
          status: 201,
          body: { paymentReference: 'pay_000001328', paymentId: 'pid_1248596', ...fields },
        },
        { method: 'POST' },
      )

    it.each([
      ['51', 'insufficient-funds'],
      ['54', 'expired-card'],
      ['N7', 'incorrect-cvc'],
      ['05', 'declined'],
    ])('when DECLINED with network code %s, reads it as the decline %s', (code, reason) => {
      expect(payment({ transactionStatus: 'DECLINED', networkResponseCode: code })).toMatchObject({
        kind: 'declined',
        reason,
        dialect: 'mastercard',
        retry: { allowed: false },
        processed: 'no',
        repeatWith: 'new-key',
      })
    })

    it('when DECLINED without a network code, reads a plain decline that took nothing', () => {
      expect(payment({ transactionStatus: 'Declined' })).toMatchObject({
        kind: 'declined',
        reason: 'declined',
        processed: 'no',
      })
    })

    it('when PENDING, never sends it again, whatever code rides along', () => {
      expect(payment({ transactionStatus: 'PENDING', networkResponseCode: '51' })).toMatchObject({
        kind: 'contact-support',
        reason: 'outcome-unknown',
        retry: { allowed: false },
        processed: 'maybe',
      })
    })

    it('when APPROVED, reads no decline and no outcome', () => {
      const recourse = payment({ transactionStatus: 'APPROVED', networkResponseCode: '00' })
      expect(recourse.kind).not.toBe('declined')
      expect(recourse.trail).not.toContain('outcome:declined')
    })

    it('without the paymentId Mastercard assigns, leaves a `transactionStatus` to another dialect', () => {
      expect(
        mastercard.detect({ transactionStatus: 'DECLINED', paymentReference: 'pay_000001328' }, {}),
      ).toBe(false)
    })
  })
})
