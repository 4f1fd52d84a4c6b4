import { classify, describe as describeRecourse } from '@recourse/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const KINDS = ['fix-input', 'declined', 'retry-later', 'contact-support']
const NOW = Date.parse('2026-11-22T10:00:00Z')
const TEST_CARDS = [
  '4111111111111111',
  '4242 4242 4242 4242',
  '5555-5555-5555-4444',
  '378282246310005',
  '6011111111111117',
]

// Shapes the providers send, filled with arbitrary values: the dialects must read them without assumptions.
const providerBody = fc.oneof(
  fc.record({
    Errors: fc.record({
      Error: fc.oneof(
        fc.anything(),
        fc.array(
          fc.dictionary(
            fc.constantFrom(
              'Source',
              'ReasonCode',
              'Description',
              'Recoverable',
              'Details',
              'RequestId',
            ),
            fc.anything(),
          ),
        ),
      ),
    }),
  }),
  fc.dictionary(
    fc.constantFrom('SC', 'EC', 'EM', 'status', 'networkRC', 'transactionID'),
    fc.anything(),
  ),
  fc.dictionary(
    fc.constantFrom(
      'Message',
      'Type',
      'Id',
      'errors',
      'Errors',
      'Status',
      'ResultCode',
      'ResultMessage',
    ),
    fc.anything(),
  ),
  fc.record({
    error: fc.dictionary(
      fc.constantFrom('type', 'code', 'decline_code', 'param', 'message', 'request_log_url'),
      fc.anything(),
    ),
  }),
  fc.dictionary(
    fc.constantFrom(
      'type',
      'title',
      'status',
      'detail',
      'instance',
      'errors',
      'invalid-params',
      'invalid_params',
    ),
    fc.anything(),
  ),
  fc.record({ status: fc.constant('failed'), msg: fc.string(), data: fc.anything() }),
  // Adyen, Checkout.com, PayPal, Square, GoCardless.
  fc.dictionary(
    fc.constantFrom(
      'resultCode',
      'refusalReason',
      'refusalReasonCode',
      'pspReference',
      'errorCode',
      'errorType',
      'message',
      'invalidFields',
      'type',
      'requestId',
    ),
    fc.anything(),
  ),
  fc.dictionary(
    fc.constantFrom('approved', 'response_code', 'id', 'error_type', 'error_codes', 'request_id'),
    fc.anything(),
  ),
  fc.dictionary(fc.constantFrom('name', 'message', 'debug_id', 'details'), fc.anything()),
  fc.record({
    errors: fc.array(
      fc.dictionary(fc.constantFrom('category', 'code', 'detail', 'field'), fc.anything()),
    ),
    payment: fc.anything(),
  }),
  fc.record({
    error: fc.dictionary(
      fc.constantFrom('type', 'code', 'message', 'request_id', 'documentation_url', 'errors'),
      fc.anything(),
    ),
  }),
  // Razorpay: errors, and payments that fail inside a 200.
  fc.record({
    error: fc.dictionary(
      fc.constantFrom('code', 'description', 'field', 'source', 'step', 'reason', 'metadata'),
      fc.anything(),
    ),
  }),
  fc.dictionary(
    fc.constantFrom('id', 'entity', 'status', 'error_code', 'error_description', 'error_reason'),
    fc.anything(),
  ),
)

const snapshot = fc.record(
  {
    status: fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.constantFrom(200, 207, 400, 402, 409, 422, 429, 500, 503, 504),
      fc.anything(),
    ),
    headers: fc.oneof(
      fc.dictionary(
        fc.constantFrom(
          'Retry-After',
          'retry-after',
          'X-RateLimit-Reset',
          'X-RateLimit-Remaining',
          'Request-Id',
          'x-correlation-id',
          'Idempotency-Key',
          'Stripe-Should-Retry',
        ),
        fc.oneof(fc.string(), fc.integer(), fc.anything()),
      ),
      fc.anything(),
    ),
    body: fc.oneof(
      providerBody,
      providerBody.map((body) => JSON.stringify(body) ?? ''),
      fc.jsonValue(),
      fc.string(),
    ),
  },
  { requiredKeys: [] },
)

const context = fc.record(
  {
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'get', 'post'),
    idempotent: fc.boolean(),
    now: fc.constant(NOW),
  },
  { requiredKeys: ['now'] },
)

describe('classify, for any input', () => {
  it('never throws and answers one of the four kinds, with a trail', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({
            withObjectString: true,
            withNullPrototype: true,
            withMap: true,
            withSet: true,
          }),
          snapshot,
        ),
        context,
        (input, ctx) => {
          const recourse = classify(input, ctx)
          expect(KINDS).toContain(recourse.kind)
          expect(recourse.trail.length).toBeGreaterThan(0)
          expect(Array.isArray(recourse.fields)).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(
        snapshot.filter((value) => {
          try {
            structuredClone(value)
            return true
          } catch {
            return false
          }
        }),
        context,
        (input, ctx) => {
          const before = structuredClone(input)
          classify(input, ctx)
          expect(input).toEqual(before)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(snapshot, context, (input, ctx) => {
        expect(classify(input, ctx)).toEqual(classify(input, ctx))
      }),
      { numRuns: 500 },
    )
  })

  it('never lets a customer retry what cannot succeed unchanged (fix-input, declined, unknown outcome)', () => {
    fc.assert(
      fc.property(snapshot, context, (input, ctx) => {
        const recourse = classify(input, ctx)
        if (
          recourse.kind === 'fix-input' ||
          recourse.kind === 'declined' ||
          recourse.reason === 'outcome-unknown'
        ) {
          expect(recourse.retry.allowed).toBe(false)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('never allows resending a POST without idempotency key after a 5xx other than 503', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 599 }).filter((status) => status !== 503),
        fc.option(providerBody),
        (status, body) => {
          expect(
            classify({ status, body }, { method: 'POST', idempotent: false }).retry.allowed,
          ).toBe(false)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('never returns a card number, wherever the provider put it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEST_CARDS),
        fc.string(),
        fc.constantFrom(
          (text: string) => ({
            status: 402,
            body: {
              error: { type: 'card_error', code: 'card_declined', message: text, param: text },
            },
          }),
          (text: string) => ({
            status: 400,
            body: {
              Errors: {
                Error: {
                  Source: text,
                  ReasonCode: 'INVALID_INPUT_VALUE',
                  Description: text,
                  RequestId: text,
                },
              },
            },
          }),
          (text: string) => ({
            status: 400,
            body: { Message: text, Type: 'param_error', Id: text, errors: { [text]: text } },
          }),
          (text: string) => ({
            status: 422,
            body: {
              type: 'about:blank',
              title: text,
              detail: text,
              errors: [{ pointer: `#/${text}`, detail: text }],
            },
          }),
        ),
        (card, noise, shape) => {
          const text = `${noise} ${card} ${noise}`
          const recourse = classify(shape(text))
          const shown = JSON.stringify([recourse, describeRecourse(recourse)])
          expect(shown).not.toContain(card)
          expect(shown).not.toContain(card.replace(/[ -]/g, ''))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('classify, given emails and security codes in provider text', () => {
  it('never returns them, wherever the provider put them', () => {
    fc.assert(
      fc.property(
        fc.emailAddress(),
        fc.integer({ min: 100, max: 9999 }),
        fc.constantFrom('CVC', 'cvv2', 'security code'),
        fc.string({ maxLength: 20 }),
        (email, code, label, noise) => {
          const text = `${noise} ${label} ${code} ${email} ${noise}`
          const recourse = classify({
            status: 402,
            body: {
              error: { type: 'card_error', code: 'card_declined', message: text, param: text },
            },
          })
          const shown = JSON.stringify([recourse, describeRecourse(recourse)])
          expect(shown).not.toContain(email)
          expect(shown).not.toMatch(new RegExp(`${label}\\W{0,3}${code}`, 'i'))
        },
      ),
      { numRuns: 500 },
    )
  })
})
