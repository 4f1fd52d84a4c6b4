// Stripe: {"error":{"type","code","decline_code","param","message"}}, Request-Id on every answer, the
// Idempotency-Key echoed, Retry-After and Stripe-Should-Retry where they apply.
import {
  DEMO_RETRY_AFTER_SECONDS,
  mockId,
  type JsonReply,
  type ProviderMock,
  type Reply,
  type ReplyContext,
  transportScenarios,
} from '../scenarios.ts'
import { jsonReplies } from './reply.ts'

const requestId = ({ key, attempt }: ReplyContext) => mockId('req_', key, 12) + String(attempt)

const headers = (context: ReplyContext, more: Record<string, string> = {}) => ({
  'Request-Id': requestId(context),
  'Idempotency-Key': context.key,
  ...more,
})

const json = jsonReplies(headers)

const paid = (context: ReplyContext): JsonReply =>
  json(
    context,
    200,
    {
      id: mockId('pi_', context.key, 16),
      object: 'payment_intent',
      amount: context.body.amountMinor,
      currency: 'gbp',
      status: 'succeeded',
      latest_charge: mockId('ch_', context.key, 16),
    },
    { charge: true },
  )

const cardError = (context: ReplyContext, error: Record<string, unknown>): Reply =>
  json(context, 402, {
    error: {
      type: 'card_error',
      doc_url: 'https://stripe.com/docs/error-codes',
      request_log_url: `https://dashboard.stripe.com/test/logs/${requestId(context)}`,
      ...error,
    },
  })

// A key sent again with other parameters than it was first used with.
const idempotencyError = (context: ReplyContext): Reply =>
  json(context, 400, {
    error: {
      type: 'idempotency_error',
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${context.key}' if you meant to execute a different request.`,
    },
  })

export const stripe: ProviderMock = {
  id: 'stripe',
  label: 'Stripe-style',
  path: '/api/stripe/v1/payment_intents',
  fieldMap: {
    amount: 'amount',
    number: 'cardNumber',
    exp_month: 'expiry',
    exp_year: 'expiry',
    cvc: 'cvc',
    address_zip: 'postcode',
    'payment_method_data[billing_details][address][postal_code]': 'postcode',
    'payment_method_data[billing_details][name]': 'cardholder',
  },
  // Stripe replays the result of the request that took the money, marked Idempotent-Replayed.
  repeatedKey: (context) => {
    const replay = paid(context)
    return {
      ...replay,
      charge: false,
      headers: { ...replay.headers, 'Idempotent-Replayed': 'true' },
    }
  },
  keyConflict: idempotencyError,
  scenarios: {
    success: {
      mocked: '200 PaymentIntent, status "succeeded"; Request-Id, Idempotency-Key echoed',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked: '400 invalid_request_error, code amount_too_small, param "amount"',
      note: 'Stripe reports one invalid parameter at a time.',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [
        json(context, 400, {
          error: {
            type: 'invalid_request_error',
            code: 'amount_too_small',
            param: 'amount',
            message: 'Amount must be at least £0.30 gbp',
            doc_url: 'https://stripe.com/docs/error-codes/amount-too-small',
          },
        }),
      ],
    },
    declined: {
      mocked: '402 card_error, code card_declined, decline_code generic_decline',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        cardError(context, {
          code: 'card_declined',
          decline_code: 'generic_decline',
          message: 'Your card was declined.',
        }),
      ],
    },
    'insufficient-funds': {
      mocked: '402 card_error, code card_declined, decline_code insufficient_funds',
      expected: { kind: 'declined', reason: 'insufficient-funds', requests: 1 },
      replies: (context) => [
        cardError(context, {
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
        }),
      ],
    },
    fraud: {
      mocked: '402 card_error, code card_declined, decline_code fraudulent',
      note: 'A fraud decline is shown as a plain decline: its code and text never reach the customer.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        cardError(context, {
          code: 'card_declined',
          decline_code: 'fraudulent',
          message: 'Your card was declined.',
        }),
      ],
    },
    'expired-card': {
      mocked: '402 card_error, code expired_card, param "exp_month"',
      expected: { kind: 'fix-input', reason: 'expired-card', requests: 1 },
      replies: (context) => [
        cardError(context, {
          code: 'expired_card',
          param: 'exp_month',
          message: 'Your card has expired.',
        }),
      ],
    },
    'incorrect-cvc': {
      mocked: '402 card_error, code incorrect_cvc, param "cvc"',
      expected: { kind: 'fix-input', reason: 'incorrect-cvc', requests: 1 },
      replies: (context) => [
        cardError(context, {
          code: 'incorrect_cvc',
          param: 'cvc',
          message: "Your card's security code is incorrect.",
        }),
      ],
    },
    'rate-limited': {
      mocked: `429 rate_limit_error, Retry-After: ${DEMO_RETRY_AFTER_SECONDS}; then 200`,
      expected: {
        kind: 'retry-later',
        reason: 'rate-limited',
        requests: 1,
        thenPaid: true,
      },
      replies: (context) => [
        json(
          context,
          429,
          {
            error: {
              type: 'rate_limit_error',
              message: 'Too many requests hit the API too quickly.',
            },
          },
          { headers: { 'Retry-After': String(DEMO_RETRY_AFTER_SECONDS) } },
        ),
        paid(context),
      ],
    },
    unavailable: {
      mocked: '503 api_error, Stripe-Should-Retry: true (twice); then 200',
      expected: { kind: 'retry-later', reason: 'unavailable', requests: 2, thenPaid: true },
      replies: (context) => {
        const unavailable = json(
          context,
          503,
          {
            error: {
              type: 'api_error',
              message: 'The server is temporarily unavailable.',
            },
          },
          { headers: { 'Stripe-Should-Retry': 'true' } },
        )
        return [unavailable, unavailable, paid(context)]
      },
    },
    ...transportScenarios('Stripe', paid, {
      replays: true,
      repeatedKey: 'the first answer replayed (Idempotent-Replayed: true)',
    }),
    unknown: {
      mocked:
        'Stripe charged the card, then the connection dropped; the retry with the same Idempotency-Key gets the first answer replayed (Idempotent-Replayed: true)',
      note: 'Stripe has no "unknown" status: its answer to a lost response is a retry with the same Idempotency-Key, which is what the app does. Charged once.',
      expected: { kind: 'paid', requests: 2 },
      replies: () => [{ type: 'drop', charge: true }],
    },
    duplicate: {
      mocked: '400 idempotency_error: the key was first used with other parameters',
      note: "Stripe's 409 is idempotency_key_in_use (a retry-later); its reused-key conflict is this 400.",
      expected: { kind: 'contact-support', reason: 'idempotency-conflict', requests: 1 },
      replies: (context) => [idempotencyError(context)],
    },
    'gateway-401': {
      mocked: '401 invalid_request_error "Invalid API Key provided"',
      expected: { kind: 'contact-support', reason: 'unauthenticated', requests: 1 },
      replies: (context) => [
        json(context, 401, {
          error: {
            type: 'invalid_request_error',
            message: 'Invalid API Key provided: sk_test_********************0000',
          },
        }),
      ],
    },
    'declined-in-200': {
      mocked:
        '402 card_error, decline_code do_not_honor, with the PaymentIntent (status requires_payment_method)',
      note: 'Stripe never reports a declined confirmation in a 200: the closest is this 402 carrying the PaymentIntent.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        cardError(context, {
          code: 'card_declined',
          decline_code: 'do_not_honor',
          message: 'Your card was declined.',
          payment_intent: {
            id: mockId('pi_', context.key, 16),
            object: 'payment_intent',
            status: 'requires_payment_method',
          },
        }),
      ],
    },
  },
}
