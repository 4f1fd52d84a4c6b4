// Checkout.com: declines are a 201 with "approved": false and a response_code; errors are {"request_id",
// "error_type","error_codes"}; a Cko-Idempotency-Key sent again replays the first answer. Bodies follow
// test/fixtures/providers/checkout-com.json (checkout/checkout-sdk-node's tests and checkout.com's response codes).
import { mockId, type ProviderMock, type Reply, type ReplyContext } from '../scenarios.ts'
import { bodylessBusyScenarios, jsonReplies, replayingProviderScenarios } from './reply.ts'

const json = jsonReplies()

const requestId = ({ key, attempt }: ReplyContext) =>
  `${mockId('', key, 8)}-97da-47b6-8412-${attempt}`

const payment = (context: ReplyContext, approved: boolean, code: string, summary: string) => ({
  id: mockId('pay_', context.key, 26),
  action_id: mockId('act_', context.key, 26),
  amount: context.body.amountMinor,
  currency: 'GBP',
  approved,
  status: approved ? 'Authorized' : 'Declined',
  auth_code: approved ? '643381' : '000000',
  response_code: code,
  response_summary: summary,
  reference: context.body.reference,
})

const paid = (context: ReplyContext): Reply =>
  json(context, 201, payment(context, true, '10000', 'Approved'), { charge: true })

const declined = (context: ReplyContext, code: string, summary: string): Reply =>
  json(context, 201, payment(context, false, code, summary))

const invalid = (context: ReplyContext, errorCode: string): Reply =>
  json(context, 422, {
    request_id: requestId(context),
    error_type: 'request_invalid',
    error_codes: [errorCode],
  })

// Checkout.com answers a key still in use with a 409 ("Conflict with another request being processed"), and
// publishes no body for it; a key it completed gets the first answer replayed, whatever the new request says. The
// demo answers edited details sent with a used key with that 409, so that no edited order is reported as paid.
const keyConflict = (): Reply => ({ type: 'text', status: 409, body: '' })

export const checkoutCom: ProviderMock = {
  id: 'checkout-com',
  label: 'Checkout.com',
  path: '/api/checkout-com/payments',
  fieldMap: {
    amount: 'amount',
    'source.number': 'cardNumber',
    'source.cvv': 'cvc',
    'source.expiry_month': 'expiry',
    'source.expiry_year': 'expiry',
    'source.billing_address.zip': 'postcode',
  },
  repeatedKey: (context) => ({ ...paid(context), charge: false }),
  keyConflict,
  scenarios: {
    success: {
      mocked: '201 "approved": true, response_code 10000 Approved',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked: '422 request_invalid, error_codes ["amount_invalid"]',
      note: 'Each error code names its field: amount_invalid is amount.',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [invalid(context, 'amount_invalid')],
    },
    declined: {
      mocked: '201 "approved": false, response_code 20005 Declined - Do Not Honour',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [declined(context, '20005', 'Declined - Do Not Honour')],
    },
    'insufficient-funds': {
      mocked: '201 "approved": false, response_code 20051 Insufficient Funds',
      expected: { kind: 'declined', reason: 'insufficient-funds', requests: 1 },
      replies: (context) => [declined(context, '20051', 'Insufficient Funds')],
    },
    fraud: {
      mocked: '201 "approved": false, response_code 20059 Suspected Fraud',
      note: 'A fraud decline is shown as a plain decline: its code and summary never reach the customer.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [declined(context, '20059', 'Suspected Fraud')],
    },
    'expired-card': {
      mocked: '422 request_invalid, error_codes ["card_expired"]',
      expected: { kind: 'fix-input', reason: 'expired-card', requests: 1 },
      replies: (context) => [invalid(context, 'card_expired')],
    },
    'incorrect-cvc': {
      mocked: '422 request_invalid, error_codes ["cvv_invalid"]',
      expected: { kind: 'fix-input', reason: 'incorrect-cvc', requests: 1 },
      replies: (context) => [invalid(context, 'cvv_invalid')],
    },
    // Checkout.com publishes no body for its 429 and 503: the mock sends none.
    ...bodylessBusyScenarios(paid),
    ...replayingProviderScenarios('Checkout.com', 'Cko-Idempotency-Key', paid),
    duplicate: {
      mocked:
        '409 without a body: another request with this Cko-Idempotency-Key is being processed',
      note: 'Checkout.com publishes no body for this 409: the status table makes it a conflict, never resent.',
      expected: { kind: 'contact-support', reason: 'conflict', requests: 1 },
      replies: () => [keyConflict()],
    },
    'gateway-401': {
      mocked: '401 without a body (as the SDK tests have it)',
      expected: { kind: 'contact-support', reason: 'unauthenticated', requests: 1 },
      replies: () => [{ type: 'text', status: 401, body: '' }],
    },
    'declined-in-200': {
      mocked: '201 "approved": false, response_code 20061 Exceeds Withdrawal Value/Amount Limits',
      note: 'Every Checkout.com decline is a 201.',
      expected: { kind: 'declined', reason: 'limit-exceeded', requests: 1 },
      replies: (context) => [declined(context, '20061', 'Exceeds Withdrawal Value/Amount Limits')],
    },
  },
}
