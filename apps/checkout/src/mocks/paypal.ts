// PayPal Orders v2 capture: errors are {"name","message","debug_id","details":[{"field","issue","description"}],
// "links"}; a PayPal-Request-Id sent again replays the first answer. Bodies follow test/fixtures/providers/paypal.json
// (paypal-rest-api-specifications and developer.paypal.com).
import {
  DEMO_RETRY_AFTER_SECONDS,
  mockId,
  type ProviderMock,
  type Reply,
  type ReplyContext,
} from '../scenarios.ts'
import { jsonReplies, replayingProviderScenarios } from './reply.ts'

const json = jsonReplies()

const debugId = ({ key, attempt }: ReplyContext) => `${mockId('', key, 12)}${attempt}`

const orderId = (context: ReplyContext) => mockId('', context.key, 17).toUpperCase()

const paid = (context: ReplyContext): Reply =>
  json(
    context,
    201,
    {
      id: orderId(context),
      status: 'COMPLETED',
      purchase_units: [
        {
          reference_id: 'default',
          payments: {
            captures: [
              {
                id: mockId('', `${context.key}capture`, 17).toUpperCase(),
                status: 'COMPLETED',
                amount: {
                  currency_code: 'GBP',
                  value: (context.body.amountMinor / 100).toFixed(2),
                },
              },
            ],
          },
        },
      ],
    },
    { charge: true },
  )

const error = (
  context: ReplyContext,
  status: number,
  name: string,
  message: string,
  details: Record<string, string>[] = [],
  headers?: Record<string, string>,
): Reply =>
  json(
    context,
    status,
    {
      name,
      message,
      debug_id: debugId(context),
      ...(details.length ? { details } : {}),
      links: [
        {
          href: `https://developer.paypal.com/docs/api/orders/v2/#error-${details[0]?.['issue'] ?? name}`,
          rel: 'information_link',
          method: 'GET',
        },
      ],
    },
    headers ? { headers } : {},
  )

const UNPROCESSABLE =
  'The requested action could not be performed, semantically incorrect, or failed business validation.'

const unprocessable = (context: ReplyContext, issue: string, description: string): Reply =>
  error(context, 422, 'UNPROCESSABLE_ENTITY', UNPROCESSABLE, [{ issue, description }])

const invalidRequest = (
  context: ReplyContext,
  field: string,
  issue: string,
  description: string,
): Reply =>
  error(
    context,
    400,
    'INVALID_REQUEST',
    'Request is not well-formed, syntactically incorrect, or violates schema.',
    [{ field, location: 'body', issue, description }],
  )

const alreadyCaptured = (context: ReplyContext): Reply =>
  unprocessable(
    context,
    'ORDER_ALREADY_CAPTURED',
    'Order already captured. If intent=CAPTURE only one capture per order is allowed.',
  )

const declined = (context: ReplyContext): Reply =>
  unprocessable(
    context,
    'INSTRUMENT_DECLINED',
    "The instrument presented was either declined by the processor or bank, or it can't be used for this payment.",
  )

export const paypal: ProviderMock = {
  id: 'paypal',
  label: 'PayPal',
  path: '/api/paypal/v2/checkout/orders/capture',
  fieldMap: {
    'purchase_units[0].amount.value': 'amount',
    'payment_source.card.number': 'cardNumber',
    'payment_source.card.security_code': 'cvc',
    'payment_source.card.expiry': 'expiry',
    'payment_source.card.billing_address.postal_code': 'postcode',
  },
  // The same PayPal-Request-Id replays the first answer.
  repeatedKey: (context) => ({ ...paid(context), charge: false }),
  keyConflict: alreadyCaptured,
  scenarios: {
    success: {
      mocked: '201 order "status":"COMPLETED" with a COMPLETED capture',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked: '400 INVALID_REQUEST, details[].field "/purchase_units/0/amount/value"',
      note: 'PayPal names the field as a JSON Pointer.',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [
        invalidRequest(
          context,
          '/purchase_units/0/amount/value',
          'INVALID_PARAMETER_VALUE',
          'The value of a field is invalid.',
        ),
      ],
    },
    declined: {
      mocked: '422 UNPROCESSABLE_ENTITY, issue INSTRUMENT_DECLINED',
      note: 'PayPal asks to restart the payment so the payer can choose another funding source.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [declined(context)],
    },
    'insufficient-funds': {
      mocked: '422 UNPROCESSABLE_ENTITY, issue INSTRUMENT_DECLINED',
      note: 'PayPal does not name insufficient funds in its errors: it is an INSTRUMENT_DECLINED like any other.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [declined(context)],
    },
    fraud: {
      mocked: '422 UNPROCESSABLE_ENTITY, issue TRANSACTION_REFUSED',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        unprocessable(context, 'TRANSACTION_REFUSED', 'The request was refused.'),
      ],
    },
    'expired-card': {
      mocked: '422 UNPROCESSABLE_ENTITY, issue CARD_EXPIRED',
      expected: { kind: 'declined', reason: 'expired-card', requests: 1 },
      replies: (context) => [unprocessable(context, 'CARD_EXPIRED', 'The card is expired.')],
    },
    'incorrect-cvc': {
      mocked:
        '400 INVALID_REQUEST, issue INVALID_SECURITY_CODE_LENGTH on /payment_source/card/security_code',
      expected: { kind: 'fix-input', reason: 'incorrect-cvc', requests: 1 },
      replies: (context) => [
        invalidRequest(
          context,
          '/payment_source/card/security_code',
          'INVALID_SECURITY_CODE_LENGTH',
          'The CVV code length is invalid for the specified card type.',
        ),
      ],
    },
    'rate-limited': {
      mocked: `429 RATE_LIMIT_REACHED, Retry-After: ${DEMO_RETRY_AFTER_SECONDS}; then 201`,
      expected: { kind: 'retry-later', reason: 'rate-limited', requests: 1, thenPaid: true },
      replies: (context) => [
        error(
          context,
          429,
          'RATE_LIMIT_REACHED',
          'Too many requests. Blocked due to rate limiting.',
          [],
          { 'Retry-After': String(DEMO_RETRY_AFTER_SECONDS) },
        ),
        paid(context),
      ],
    },
    unavailable: {
      mocked: '503 SERVICE_UNAVAILABLE (twice); then 201',
      expected: { kind: 'retry-later', reason: 'unavailable', requests: 2, thenPaid: true },
      replies: (context) => {
        const unavailable = error(context, 503, 'SERVICE_UNAVAILABLE', 'Service Unavailable.')
        return [unavailable, unavailable, paid(context)]
      },
    },
    ...replayingProviderScenarios('PayPal', 'PayPal-Request-Id', paid),
    duplicate: {
      mocked: '422 UNPROCESSABLE_ENTITY, issue ORDER_ALREADY_CAPTURED',
      expected: { kind: 'contact-support', reason: 'duplicate-request', requests: 1 },
      replies: (context) => [alreadyCaptured(context)],
    },
    'gateway-401': {
      mocked: '401 AUTHENTICATION_FAILURE',
      expected: { kind: 'contact-support', reason: 'unauthenticated', requests: 1 },
      replies: (context) => [
        error(
          context,
          401,
          'AUTHENTICATION_FAILURE',
          'Authentication failed due to missing authorization header, or invalid authentication credentials.',
        ),
      ],
    },
    'declined-in-200': {
      mocked: '422 UNPROCESSABLE_ENTITY, issue PAYER_ACTION_REQUIRED',
      note: 'A card capture declined by the processor comes back as a 201 whose capture is DECLINED: Recourse does not read that body yet, so this scenario shows the payer-action answer instead.',
      expected: { kind: 'declined', reason: 'authentication-required', requests: 1 },
      replies: (context) => [
        unprocessable(
          context,
          'PAYER_ACTION_REQUIRED',
          'Payer needs to perform the following action before proceeding with payment.',
        ),
      ],
    },
  },
}
