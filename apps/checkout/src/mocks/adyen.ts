// Adyen Checkout API: every refusal is a 200 with "resultCode":"Refused" and a refusalReason/refusalReasonCode;
// errors are {"status","errorCode","message","errorType","pspReference"}; an Idempotency-Key sent again replays the
// first answer. Bodies follow test/fixtures/providers/adyen.json (Adyen's SDK fixtures, OpenAPI examples and docs).
import { mockId, type ProviderMock, type Reply, type ReplyContext } from '../scenarios.ts'
import { bodylessBusyScenarios, jsonReplies, replayingProviderScenarios } from './reply.ts'

const json = jsonReplies()

const pspReference = ({ key, attempt }: ReplyContext) =>
  `${mockId('', key, 14).toUpperCase()}${attempt}`.padEnd(16, '0')

const payment = (context: ReplyContext, result: Record<string, string>) => ({
  pspReference: pspReference(context),
  merchantReference: context.body.reference,
  amount: { currency: 'GBP', value: context.body.amountMinor },
  ...result,
})

const paid = (context: ReplyContext): Reply =>
  json(context, 200, payment(context, { resultCode: 'Authorised' }), { charge: true })

const refused = (context: ReplyContext, refusalReasonCode: string, refusalReason: string): Reply =>
  json(context, 200, payment(context, { resultCode: 'Refused', refusalReason, refusalReasonCode }))

const serviceError = (
  context: ReplyContext,
  status: number,
  errorCode: string,
  message: string,
  errorType: string,
): Reply =>
  json(context, status, {
    status,
    errorCode,
    message,
    errorType,
    pspReference: pspReference(context),
  })

// Adyen's error 704: a request with this Idempotency-Key is already processed or in progress.
const keyInUse = (context: ReplyContext): Reply =>
  serviceError(context, 422, '704', 'request already processed or in progress', 'validation')

export const adyen: ProviderMock = {
  id: 'adyen',
  label: 'Adyen',
  path: '/api/adyen/checkout/v71/payments',
  fieldMap: {
    amount: 'amount',
    'amount.value': 'amount',
    'paymentMethod.number': 'cardNumber',
    'paymentMethod.cvc': 'cvc',
    'billingAddress.postalCode': 'postcode',
  },
  // Adyen replays the first answer to a key it has already processed.
  repeatedKey: (context) => ({ ...paid(context), charge: false }),
  keyConflict: keyInUse,
  scenarios: {
    success: {
      mocked: '200 "resultCode":"Authorised" with a pspReference',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked: `422 errorCode 100 "Required object 'amount' is not provided."`,
      note: 'Adyen names the field only in the message: Recourse reads it from the quotes.',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [
        serviceError(
          context,
          422,
          '100',
          "Required object 'amount' is not provided.",
          'validation',
        ),
      ],
    },
    declined: {
      mocked: '200 "resultCode":"Refused", refusalReasonCode 2 "Refused"',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [refused(context, '2', 'Refused')],
    },
    'insufficient-funds': {
      mocked: '200 "resultCode":"Refused", refusalReasonCode 12 "Not enough balance"',
      expected: { kind: 'declined', reason: 'insufficient-funds', requests: 1 },
      replies: (context) => [refused(context, '12', 'Not enough balance')],
    },
    fraud: {
      mocked: '200 "resultCode":"Refused", refusalReasonCode 20 "FRAUD"',
      note: 'Adyen asks that refusal reasons never reach shoppers: a fraud refusal is a plain decline.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [refused(context, '20', 'FRAUD')],
    },
    'expired-card': {
      mocked: '200 "resultCode":"Refused", refusalReasonCode 6 "Expired Card"',
      note: 'A refusal by the issuer, so a decline: use another card.',
      expected: { kind: 'declined', reason: 'expired-card', requests: 1 },
      replies: (context) => [refused(context, '6', 'Expired Card')],
    },
    'incorrect-cvc': {
      mocked: '200 "resultCode":"Refused", refusalReasonCode 24 "CVC Declined"',
      expected: { kind: 'declined', reason: 'incorrect-cvc', requests: 1 },
      replies: (context) => [refused(context, '24', 'CVC Declined')],
    },
    // Adyen documents a 429 and a 503 without publishing their bodies: the mock sends none.
    ...bodylessBusyScenarios(paid),
    ...replayingProviderScenarios('Adyen', 'Idempotency-Key', paid),
    duplicate: {
      mocked: '422 errorCode 704 "request already processed or in progress"',
      expected: { kind: 'contact-support', reason: 'idempotency-conflict', requests: 1 },
      replies: (context) => [keyInUse(context)],
    },
    'gateway-401': {
      mocked: '401 errorCode 000 "HTTP Status Response - Unauthorized" (security)',
      expected: { kind: 'contact-support', reason: 'unauthenticated', requests: 1 },
      replies: (context) => [
        serviceError(context, 401, '000', 'HTTP Status Response - Unauthorized', 'security'),
      ],
    },
    'declined-in-200': {
      mocked: '200 "resultCode":"Refused", refusalReasonCode 28 "Withdrawal amount exceeded"',
      note: 'Every Adyen refusal is a 200.',
      expected: { kind: 'declined', reason: 'limit-exceeded', requests: 1 },
      replies: (context) => [refused(context, '28', 'Withdrawal amount exceeded')],
    },
  },
}
