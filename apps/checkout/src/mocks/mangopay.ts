// Mangopay: {"Message","Type","Id","Date","errors"} errors, X-RateLimit headers on every answer (no Retry-After),
// card payments that fail inside a 200 ("Status":"FAILED" with a ResultCode), 409 idempotent_creation_conflict
// for an Idempotency-Key used before.
import {
  DEMO_RETRY_AFTER_SECONDS,
  mockId,
  type ProviderMock,
  type Reply,
  type ReplyContext,
  transportScenarios,
} from '../scenarios.ts'
import { jsonReplies } from './reply.ts'

// One value per window (15 min, 30 min, 60 min, 24 h): used, remaining, reset (epoch seconds).
const rateLimitHeaders = ({ now }: ReplyContext, exhausted = false) => {
  const seconds = Math.floor(now / 1000)
  return {
    'X-RateLimit': exhausted ? '2300, 2310, 2350, 2400' : '12, 20, 40, 95',
    'X-RateLimit-Remaining': exhausted ? '0, 2990, 4950, 97600' : '2288, 2980, 4910, 97505',
    'X-RateLimit-Reset': exhausted
      ? `${seconds + DEMO_RETRY_AFTER_SECONDS}, ${seconds + 1800}, ${seconds + 3600}, ${seconds + 86400}`
      : `${seconds + 900}, ${seconds + 1800}, ${seconds + 3600}, ${seconds + 86400}`,
  }
}

// Extra headers replace the usual ones (the rate-limited answer passes the exhausted windows).
const json = jsonReplies((context, more) => ({ ...rateLimitHeaders(context), ...more }))

const errorBody = (context: ReplyContext, Type: string, Message: string, more = {}) => ({
  Message,
  Type,
  Id: `${mockId('', context.key, 8)}-4730-910a-b6b02d79b76${context.attempt}`,
  Date: Math.floor(context.now / 1000),
  ...more,
})

const payin = (
  context: ReplyContext,
  Status: string,
  ResultCode: string,
  ResultMessage: string,
) => ({
  Id: mockId('payin_', context.key, 10),
  Tag: null,
  AuthorId: '142036728',
  CreditedWalletId: '142036729',
  DebitedFunds: { Currency: 'GBP', Amount: context.body.amountMinor },
  Fees: { Currency: 'GBP', Amount: 0 },
  Status,
  ResultCode,
  ResultMessage,
  Type: 'PAYIN',
  Nature: 'REGULAR',
  PaymentType: 'CARD',
  ExecutionType: 'DIRECT',
})

const paid = (context: ReplyContext): Reply =>
  json(context, 200, payin(context, 'SUCCEEDED', '000000', 'Success'), { charge: true })

const failed = (context: ReplyContext, code: string, message: string): Reply =>
  json(context, 200, payin(context, 'FAILED', code, message))

const idempotencyConflict = (context: ReplyContext): Reply =>
  json(
    context,
    409,
    errorBody(
      context,
      'idempotent_creation_conflict',
      'The Idempotency-Key was already used for another request in the last 24 hours.',
    ),
  )

export const mangopay: ProviderMock = {
  id: 'mangopay',
  label: 'Mangopay',
  path: '/api/mangopay/v2.01/demo/payins/card/direct',
  fieldMap: {
    'DebitedFunds.Amount': 'amount',
    'Billing.Address.PostalCode': 'postcode',
    CardNumber: 'cardNumber',
    CardExpirationDate: 'expiry',
    CardCvx: 'cvc',
    // The card tokenization fields, which card input result codes (101105, 105202-105204) point at.
    cardNumber: 'cardNumber',
    cardExpirationDate: 'expiry',
    cardCvx: 'cvc',
  },
  // The same Idempotency-Key within 24 h: 409, the first call's result stands.
  repeatedKey: (context) => idempotencyConflict(context),
  keyConflict: (context) => idempotencyConflict(context),
  scenarios: {
    success: {
      mocked: '200 PayIn, "Status":"SUCCEEDED", "ResultCode":"000000"; X-RateLimit headers',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked:
        '400 param_error with "Errors" for DebitedFunds.Amount and Billing.Address.PostalCode',
      note: 'Mangopay spells the map `errors` or `Errors`; this one is `Errors`.',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [
        json(
          context,
          400,
          errorBody(
            context,
            'param_error',
            'One or several required parameters are missing or incorrect. An incorrect resource ID also raises this kind of error.',
            {
              Errors: {
                'DebitedFunds.Amount': 'The Amount must be greater than 0',
                'Billing.Address.PostalCode': 'The PostalCode field is required.',
              },
            },
          ),
        ),
      ],
    },
    declined: {
      mocked: '200 PayIn, "Status":"FAILED", "ResultCode":"101101" (do not honor)',
      note: 'Mangopay reports every card decline in a 200.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [
        failed(context, '101101', 'Transaction refused by the bank (Do not honor)'),
      ],
    },
    'insufficient-funds': {
      mocked: '200 PayIn, "Status":"FAILED", "ResultCode":"001001" (insufficient balance)',
      expected: { kind: 'declined', reason: 'insufficient-funds', requests: 1 },
      replies: (context) => [failed(context, '001001', 'Unsufficient wallet balance')],
    },
    fraud: {
      mocked: '200 PayIn, "Status":"FAILED", "ResultCode":"008006" (fraud suspected by the bank)',
      note: 'The ResultMessage is never shown: a plain decline.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [failed(context, '008006', 'Fraud suspected by the bank')],
    },
    'expired-card': {
      mocked: '200 PayIn, "Status":"FAILED", "ResultCode":"101105" (card expired)',
      note: 'Card input the customer corrects: the expiry date field is marked.',
      expected: { kind: 'fix-input', reason: 'expired-card', requests: 1 },
      replies: (context) => [
        failed(context, '101105', 'Transaction refused: the card has expired'),
      ],
    },
    'incorrect-cvc': {
      mocked: '400 param_error with "errors": {"CardCvx": …}',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [
        json(
          context,
          400,
          errorBody(
            context,
            'param_error',
            'One or several required parameters are missing or incorrect.',
            { errors: { CardCvx: 'The CardCvx (CVV) is not valid for this card' } },
          ),
        ),
      ],
    },
    'rate-limited': {
      mocked: `429 rate_limit, X-RateLimit-Remaining "0, …", X-RateLimit-Reset in ${DEMO_RETRY_AFTER_SECONDS} s (no Retry-After); then 200`,
      expected: { kind: 'retry-later', reason: 'rate-limited', requests: 1, thenPaid: true },
      replies: (context) => [
        json(
          context,
          429,
          errorBody(context, 'rate_limit', 'Too many requests: rate limit reached.'),
          {
            headers: rateLimitHeaders(context, true),
          },
        ),
        paid(context),
      ],
    },
    unavailable: {
      mocked: '503 with no body, X-RateLimit headers (twice); then 200',
      note: 'Mangopay documents no 503: this is its infrastructure answering; the reset headers say nothing about when to retry.',
      expected: { kind: 'retry-later', reason: 'unavailable', requests: 2, thenPaid: true },
      replies: (context) => {
        const unavailable: Reply = {
          type: 'text',
          status: 503,
          headers: rateLimitHeaders(context),
          body: '',
        }
        return [unavailable, unavailable, paid(context)]
      },
    },
    ...transportScenarios('Mangopay', paid, {
      replays: false,
      repeatedKey: '409 idempotent_creation_conflict',
    }),
    unknown: {
      mocked:
        'Mangopay charged the card, then the connection dropped; the retry with the same Idempotency-Key gets 409 idempotent_creation_conflict',
      note: 'Mangopay has no "unknown" status: a reused key within 24 h is a 409, the first call stands. The conflict follows an attempt that may have been charged, so the payment stays unknown until the order status (the kit\'s lookup) finds it. Charged once; never sent again.',
      expected: { kind: 'contact-support', reason: 'outcome-unknown', requests: 2 },
      replies: () => [{ type: 'drop', charge: true }],
    },
    duplicate: {
      mocked: '409 idempotent_creation_conflict',
      expected: { kind: 'contact-support', reason: 'idempotency-conflict', requests: 1 },
      replies: (context) => [idempotencyConflict(context)],
    },
    'gateway-401': {
      mocked: '401 "Authorization has been denied for this request." (OAuth token refused)',
      expected: { kind: 'contact-support', reason: 'unauthenticated', requests: 1 },
      replies: (context) => [
        json(
          context,
          401,
          errorBody(
            context,
            'authentication_error',
            'Authorization has been denied for this request.',
            { errors: null },
          ),
        ),
      ],
    },
    'declined-in-200': {
      mocked: '200 PayIn, "Status":"FAILED", "ResultCode":"101102" (amount limit)',
      expected: { kind: 'declined', reason: 'limit-exceeded', requests: 1 },
      replies: (context) => [
        failed(context, '101102', 'Transaction refused by the bank (Amount limit)'),
      ],
    },
  },
}
