// Cloud Payments: Stripe-like error bodies with an x-correlation-id header, its gateway's {"status":"failed","msg"}
// errors, 422 for a refused card, and declines as a 200 with data.response "declined".
import {
  decimalAmount,
  DEMO_RETRY_AFTER_SECONDS,
  mockId,
  type ProviderMock,
  type Reply,
  type ReplyContext,
  transportScenarios,
} from '../scenarios.ts'
import { jsonReplies } from './reply.ts'

const headers = ({ key, attempt }: ReplyContext, more: Record<string, string> = {}) => ({
  'x-correlation-id': `${mockId('cp-', key, 8)}-${attempt}`,
  ...more,
})

const json = jsonReplies(headers)

const paid = (context: ReplyContext): Reply =>
  json(
    context,
    200,
    {
      data: {
        response: 'approved',
        response_code: '100',
        responsetext: 'SUCCESS',
        transaction_id: mockId('cptx_', context.key, 12),
        amount: decimalAmount(context.body.amountMinor),
      },
    },
    { charge: true },
  )

const refused = (context: ReplyContext, error: Record<string, unknown>): Reply =>
  json(context, 422, { error: { type: 'card_error', ...error } })

// Cloud Payments documents no key conflict: its Stripe-like idempotency error stands in.
const idempotencyError = (context: ReplyContext): Reply =>
  json(context, 400, {
    error: {
      type: 'idempotency_error',
      message: 'This idempotency key was already used with other parameters.',
    },
  })

export const cloudPayments: ProviderMock = {
  id: 'cloud-payments',
  label: 'Cloud Payments',
  path: '/api/cloud-payments/v1/charges',
  fieldMap: {
    'Postal Code': 'postcode',
    amount: 'amount',
    number: 'cardNumber',
    exp_month: 'expiry',
    exp_year: 'expiry',
    cvv: 'cvc',
  },
  // Modelled on Stripe: the result of the request that took the money is replayed.
  repeatedKey: (context) => ({ ...paid(context), charge: false }),
  keyConflict: idempotencyError,
  scenarios: {
    success: {
      mocked: '200 data.response "approved", response_code 100; x-correlation-id',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked: '400 {"status":"failed","msg":"bad request error: invalid Postal Code"}',
      note: 'The gateway names the field only in its text.',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [
        json(context, 400, { status: 'failed', msg: 'bad request error: invalid Postal Code' }),
      ],
    },
    declined: {
      mocked: '422 card_error, code card_declined',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        refused(context, { code: 'card_declined', message: 'The card was declined.' }),
      ],
    },
    'insufficient-funds': {
      mocked: '422 card_error, code card_declined, decline_code insufficient_funds',
      expected: { kind: 'declined', reason: 'insufficient-funds', requests: 1 },
      replies: (context) => [
        refused(context, {
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Insufficient funds.',
        }),
      ],
    },
    fraud: {
      mocked: '422 card_error, code card_declined, decline_code stolen_card',
      note: 'A stolen-card decline is shown as a plain decline.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        refused(context, {
          code: 'card_declined',
          decline_code: 'stolen_card',
          message: 'The card was reported stolen.',
        }),
      ],
    },
    'expired-card': {
      mocked: '422 card_error, code expired_card (no param)',
      note: 'No param: the code alone points at the expiry date.',
      expected: { kind: 'fix-input', reason: 'expired-card', requests: 1 },
      replies: (context) => [refused(context, { code: 'expired_card', message: 'Expired card.' })],
    },
    'incorrect-cvc': {
      mocked: '422 card_error, code incorrect_cvc, param "cvv"',
      expected: { kind: 'fix-input', reason: 'incorrect-cvc', requests: 1 },
      replies: (context) => [
        refused(context, {
          code: 'incorrect_cvc',
          param: 'cvv',
          message: 'CVV does not match.',
        }),
      ],
    },
    'rate-limited': {
      mocked: `429 rate_limit_error, Retry-After: ${DEMO_RETRY_AFTER_SECONDS}; then 200`,
      expected: { kind: 'retry-later', reason: 'rate-limited', requests: 1, thenPaid: true },
      replies: (context) => [
        json(
          context,
          429,
          { error: { type: 'rate_limit_error', message: 'Too many requests.' } },
          { headers: { 'Retry-After': String(DEMO_RETRY_AFTER_SECONDS) } },
        ),
        paid(context),
      ],
    },
    unavailable: {
      mocked: '503 api_error (twice); then 200',
      expected: { kind: 'retry-later', reason: 'unavailable', requests: 2, thenPaid: true },
      replies: (context) => {
        const unavailable = json(context, 503, {
          error: { type: 'api_error', message: 'Service temporarily unavailable.' },
        })
        return [unavailable, unavailable, paid(context)]
      },
    },
    ...transportScenarios('the gateway', paid, {
      replays: true,
      repeatedKey: 'the first result',
    }),
    unknown: {
      mocked:
        '504 api_error after the card was charged; the retry with the same Idempotency-Key gets the first result',
      note: 'Cloud Payments has no "unknown" status and documents no key replay: modelled on Stripe. Charged once.',
      expected: { kind: 'paid', requests: 2 },
      replies: (context) => [
        json(
          context,
          504,
          { error: { type: 'api_error', message: 'Gateway timeout.' } },
          { charge: true },
        ),
      ],
    },
    duplicate: {
      mocked: '400 idempotency_error (Stripe-like)',
      note: 'Cloud Payments documents no 409: its Stripe-like idempotency error stands in.',
      expected: { kind: 'contact-support', reason: 'idempotency-conflict', requests: 1 },
      replies: (context) => [idempotencyError(context)],
    },
    'gateway-401': {
      mocked: '401 authentication_error "invalid credentials"',
      expected: { kind: 'contact-support', reason: 'unauthenticated', requests: 1 },
      replies: (context) => [
        json(context, 401, {
          error: {
            type: 'authentication_error',
            code: 'invalid_credentials',
            message: 'Invalid credentials.',
          },
        }),
      ],
    },
    'declined-in-200': {
      mocked: '200 data.response "declined", response_code 201 (issuer)',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        json(context, 200, {
          data: {
            response: 'declined',
            response_code: '201',
            responsetext: 'DECLINE',
            transaction_id: mockId('cptx_', context.key, 12),
          },
        }),
      ],
    },
  },
}
