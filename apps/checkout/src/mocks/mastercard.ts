// Mastercard Cross-Border Services behind the Mastercard API gateway: {"Errors":{"Error": one or a list}} with
// Source, ReasonCode, Description, Recoverable ("true"/"false" or a boolean) and RequestId; infrastructure 5xx with
// no error structure; the gateway's own DECLINED for access problems. The idempotency key travels as the
// transfer's transaction_reference: a resubmission with the same reference is answered with the first result.
import {
  decimalAmount,
  DEMO_RETRY_AFTER_SECONDS,
  mockId,
  type ProviderMock,
  type Reply,
  type ReplyContext,
  transportScenarios,
} from '../scenarios.ts'
import { jsonReplies, type JsonReplyOptions } from './reply.ts'

const requestId = ({ key, attempt }: ReplyContext) =>
  String(13559438 + key.charCodeAt(0) * 100 + attempt)

// No headers of its own: only those a reply names.
const json = jsonReplies()

const paid = (context: ReplyContext): Reply =>
  json(
    context,
    200,
    {
      payment: {
        id: mockId('pmt_', context.key, 12),
        transaction_reference: context.key,
        status: 'SUCCESS',
        payment_amount: { amount: decimalAmount(context.body.amountMinor), currency: 'GBP' },
      },
    },
    { charge: true },
  )

const errors = (
  status: number,
  context: ReplyContext,
  error: unknown,
  options?: JsonReplyOptions,
): Reply => json(context, status, { Errors: { Error: error } }, options)

const decline = (context: ReplyContext, detailCode: string): Reply =>
  errors(402, context, {
    RequestId: requestId(context),
    Source: 'payment_transfer',
    ReasonCode: 'DECLINE',
    Description: 'Transfer declined',
    Recoverable: 'false',
    Details: { Detail: { Name: 'ErrorDetailCode', Value: detailCode } },
  })

// A transaction reference used before: 409.
const duplicateReference = (context: ReplyContext): Reply =>
  errors(409, context, {
    RequestId: requestId(context),
    Source: 'transaction_reference',
    ReasonCode: 'INVALID_INPUT_VALUE',
    Description: 'Duplicate transaction reference',
    Recoverable: 'false',
  })

export const mastercard: ProviderMock = {
  id: 'mastercard',
  label: 'Mastercard Cross-Border',
  path: '/api/mastercard/send/v1/partners/demo/crossborder/payment',
  fieldMap: {
    amount: 'amount',
    'sender.address.postal_code': 'postcode',
    'sender.first_name': 'cardholder',
  },
  // "Idempotent by reference": the transfer that went through is returned again.
  repeatedKey: (context) => ({ ...paid(context), charge: false }),
  // The same reference with other details: a transaction reference conflict.
  keyConflict: (context) => duplicateReference(context),
  scenarios: {
    success: {
      mocked: '200 payment, status "SUCCESS"',
      expected: { kind: 'paid', requests: 1 },
      replies: (context) => [paid(context)],
    },
    'invalid-fields': {
      mocked:
        '400 Errors.Error as a list: Source "amount" INVALID_INPUT_VALUE, Source "sender.address.postal_code" INVALID_INPUT_LENGTH',
      expected: { kind: 'fix-input', reason: 'invalid-input', requests: 1 },
      replies: (context) => [
        errors(400, context, [
          {
            RequestId: requestId(context),
            Source: 'amount',
            ReasonCode: 'INVALID_INPUT_VALUE',
            Description: 'Invalid Input Value',
            Recoverable: 'false',
            Details: { Detail: { Name: 'ErrorDetailCode', Value: '082000' } },
          },
          {
            RequestId: requestId(context),
            Source: 'sender.address.postal_code',
            ReasonCode: 'INVALID_INPUT_LENGTH',
            Description: 'Invalid Input Length',
            Recoverable: false,
            Details: null,
          },
        ]),
      ],
    },
    declined: {
      mocked: '402 ReasonCode DECLINE, Recoverable "false"',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [decline(context, '110500')],
    },
    'insufficient-funds': {
      mocked: '402 ReasonCode DECLINE (detail code 110551)',
      note: 'Cross-Border gives no reason a customer may see: a plain decline.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [decline(context, '110551')],
    },
    fraud: {
      mocked: '402 ReasonCode DECLINE (detail code 110559)',
      note: 'A plain decline, whatever the reason.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [decline(context, '110559')],
    },
    'expired-card': {
      mocked: '402 ReasonCode DECLINE (detail code 110554)',
      note: 'Cross-Border names no card field in a decline: a plain decline, the customer checks the card.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [decline(context, '110554')],
    },
    'incorrect-cvc': {
      mocked: '402 ReasonCode DECLINE (detail code 1105N7)',
      note: 'Cross-Border names no card field in a decline: a plain decline, the customer checks the card.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [decline(context, '1105N7')],
    },
    'rate-limited': {
      mocked: `429 Retry-After: ${DEMO_RETRY_AFTER_SECONDS}, Source "Gateway", Recoverable true; then 200`,
      expected: { kind: 'retry-later', reason: 'rate-limited', requests: 1, thenPaid: true },
      replies: (context) => [
        errors(
          429,
          context,
          [
            {
              Source: 'Gateway',
              ReasonCode: 'RATE_LIMIT_EXCEEDED',
              Description: 'Too many requests',
              Recoverable: true,
              Details: null,
            },
          ],
          { headers: { 'Retry-After': String(DEMO_RETRY_AFTER_SECONDS) } },
        ),
        paid(context),
      ],
    },
    unavailable: {
      mocked: '503 text/html from the infrastructure, no error structure (twice); then 200',
      expected: { kind: 'retry-later', reason: 'unavailable', requests: 2, thenPaid: true },
      replies: (context) => {
        const unavailable: Reply = {
          type: 'text',
          status: 503,
          headers: { 'Content-Type': 'text/html' },
          body: '<html><body><h1>503 Service Unavailable</h1></body></html>',
        }
        return [unavailable, unavailable, paid(context)]
      },
    },
    ...transportScenarios('Mastercard', paid, {
      replays: true,
      repeatedKey: 'the first result',
    }),
    unknown: {
      mocked:
        'The transfer went through but no answer came before the client timeout; the resubmission with the same transaction_reference gets the first result',
      note: 'Cross-Border has no "unknown" status: after a timeout it asks for a resubmission with the same reference only, which is what the app does. Paid once.',
      expected: { kind: 'paid', requests: 2 },
      replies: () => [{ type: 'hang', charge: true }],
    },
    duplicate: {
      mocked: '409 Source "transaction_reference", Description "Duplicate transaction reference"',
      expected: { kind: 'contact-support', reason: 'duplicate-request', requests: 1 },
      replies: (context) => [duplicateReference(context)],
    },
    'gateway-401': {
      mocked:
        '401 from the API gateway: Source "Gateway", ReasonCode DECLINED "Unauthorized - Access Not Granted"',
      note: "The gateway's DECLINED is the merchant's access problem, never a card decline.",
      expected: { kind: 'contact-support', reason: 'access-denied', requests: 1 },
      replies: (context) => [
        errors(
          401,
          context,
          [
            {
              Source: 'Gateway',
              ReasonCode: 'DECLINED',
              Description: 'Unauthorized - Access Not Granted',
              Recoverable: false,
              Details: null,
            },
          ],
          { headers: { 'Correlation-Id': `mc-gw-${requestId(context)}` } },
        ),
      ],
    },
    'declined-in-200': {
      mocked: '402 ReasonCode DECLINE',
      note: 'Cross-Border reports a declined transfer as a 402, never in a 200.',
      expected: { kind: 'declined', reason: 'declined', requests: 1 },
      replies: (context) => [decline(context, '110505')],
    },
  },
}
