// TabaPay: {"SC","EC","EM"} errors (EM is cryptic by design and never shown), payments answered in a 200 whose
// `status` and `networkRC` say what happened, 207 for an UNKNOWN outcome, 409 for a ReferenceID used before.
// The idempotency key travels as the transaction's referenceID.
import {
  mockId,
  transportScenarios,
  type ProviderMock,
  type Reply,
  type ReplyContext,
} from '../scenarios.ts'
import { jsonReplies } from './reply.ts'

const transactionId = (key: string) => mockId('TX', key, 12)

// No headers.
const json = jsonReplies()

const paid = (context: ReplyContext): Reply =>
  json(
    context,
    200,
    {
      SC: 200,
      EC: '0',
      transactionID: transactionId(context.key),
      network: 'Visa',
      networkRC: '00',
      status: 'COMPLETED',
      approvalCode: '012345',
    },
    { charge: true },
  )

/** A card network's answer in a 200: `networkRC` is the ISO 8583 response code. */
const networkDecline = (context: ReplyContext, networkRC: string, status = 'FAILED'): Reply =>
  json(context, 200, {
    SC: 200,
    EC: '0',
    transactionID: transactionId(context.key),
    network: 'Visa',
    networkRC,
    status,
  })

const error = (status: number, EC: string, EM?: string): Reply => ({
  type: 'json',
  status,
  body: { SC: status, EC, ...(EM === undefined ? {} : { EM }) },
})

export const tabapay: ProviderMock = {
  id: 'tabapay',
  label: 'TabaPay',
  path: '/api/tabapay/v1/clients/demo/transactions',
  fieldMap: {
    amount: 'amount',
    'accounts.sourceAccount.card.accountNumber': 'cardNumber',
    'accounts.sourceAccount.card.expirationDate': 'expiry',
    'accounts.sourceAccount.card.securityCode': 'cvc',
    'accounts.sourceAccount.owner.address.zipcode': 'postcode',
    'accounts.sourceAccount.owner.name.first': 'cardholder',
  },
  // A ReferenceID used before: 409.
  repeatedKey: () => error(409, '3C463000', 'ReferenceID'),
  // A ReferenceID used before, with other parameters: the same 409.
  keyConflict: () => error(409, '3C463000', 'ReferenceID'),
  scenarios: {
    success: {
      mocked: '200 {"SC":200,"status":"COMPLETED","networkRC":"00"}',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked: '400 {"SC":400,"EC":"3C5E1221","EM":"amount"}',
      note: 'EM locates the field; it is never shown.',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: () => [error(400, '3C5E1221', 'amount')],
    },
    declined: {
      mocked: '200 {"status":"FAILED","networkRC":"05"} (do not honour)',
      note: 'TabaPay reports every card decline in a 200.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [networkDecline(context, '05')],
    },
    'insufficient-funds': {
      mocked: '200 {"status":"FAILED","networkRC":"51"}',
      expected: { kind: 'declined', reason: 'insufficient-funds', requests: 1 },
      replies: (context) => [networkDecline(context, '51')],
    },
    fraud: {
      mocked: '200 {"status":"FAILED","networkRC":"59"} (suspected fraud)',
      note: 'Fraud, lost and stolen codes are shown as a plain decline.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [networkDecline(context, '59')],
    },
    'expired-card': {
      mocked: '200 {"status":"FAILED","networkRC":"54"} (expired card)',
      note: 'The network reports it as a decline, not as a field: the notice says to check the expiry date.',
      expected: { kind: 'declined', reason: 'expired-card', requests: 1 },
      replies: (context) => [networkDecline(context, '54')],
    },
    'incorrect-cvc': {
      mocked: '200 {"status":"FAILED","networkRC":"N7"} (CVV2 mismatch)',
      note: 'A decline from the network, shown as Stripe and Mangopay show it: the security code field is marked.',
      expected: { kind: 'fix-input', reason: 'incorrect-cvc', requests: 1 },
      replies: (context) => [networkDecline(context, 'N7')],
    },
    'rate-limited': {
      mocked: '429 {"SC":429,"EC":"3C4E2001"}, no Retry-After (twice); then 200',
      note: 'TabaPay sends no Retry-After: no countdown; the app backs off and retries once on its own.',
      expected: { kind: 'retry-later', reason: 'rate-limited', requests: 2, thenPaid: true },
      replies: (context) => [error(429, '3C4E2001'), error(429, '3C4E2001'), paid(context)],
    },
    unavailable: {
      mocked: '503 {"SC":503,"EC":"InternalErrorCode"} (twice); then 200',
      expected: { kind: 'retry-later', reason: 'unavailable', requests: 2, thenPaid: true },
      replies: (context) => [
        error(503, 'InternalErrorCode'),
        error(503, 'InternalErrorCode'),
        paid(context),
      ],
    },
    ...transportScenarios('TabaPay', paid, {
      replays: false,
      repeatedKey: '409 ReferenceID already used',
    }),
    unknown: {
      mocked: '207 {"SC":207,"EC":"InternalErrorCode","status":"UNKNOWN","transactionID":"…"}',
      note: 'An upstream step failed: never resubmit; retrieve the transaction later (TabaPay says after ~90 s).',
      expected: { kind: 'contact-support', reason: 'outcome-unknown', requests: 1 },
      replies: (context) => [
        json(
          context,
          207,
          {
            SC: 207,
            EC: 'InternalErrorCode',
            status: 'UNKNOWN',
            transactionID: transactionId(context.key),
          },
          { charge: true },
        ),
      ],
    },
    duplicate: {
      mocked: '409 {"SC":409,"EC":"3C463000","EM":"ReferenceID"} (ReferenceID already used)',
      expected: { kind: 'contact-support', reason: 'duplicate-request', requests: 1 },
      replies: () => [error(409, '3C463000', 'ReferenceID')],
    },
    'gateway-401': {
      mocked: '401 {"SC":401,"EC":"3C1E0001"} (bad token or IP not allowed)',
      expected: { kind: 'contact-support', reason: 'unauthenticated', requests: 1 },
      replies: () => [error(401, '3C1E0001')],
    },
    'declined-in-200': {
      mocked: '200 {"status":"ERROR","networkRC":"ZB"}',
      note: 'Every TabaPay decline is a 200; this one reports an ERROR: nothing was taken.',
      expected: { kind: 'declined', reason: 'payment-failed', requests: 1 },
      replies: (context) => [networkDecline(context, 'ZB', 'ERROR')],
    },
  },
}
