import { compact, firstText, isBag, prop, statusOf } from '../access.js'
import { networkResponseCodeRules } from '../networkResponseCodes.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, PaymentOutcome, RecourseRule } from '../types.js'

// TabaPay: {"SC":400,"EC":"3C5E1221","EM":"amount"}. `EM` is terse and cryptic by design (PCI): it locates the
// field but is never shown to customers. Payments report their outcome in a 200 with `status` and `networkRC`.

/** An `EM` that is a field path, like `amount` or `accounts.destinationAccount.bank.routingNumber`. */
const FIELD_PATH = /^[a-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/

const OUTCOMES: Record<string, PaymentOutcome> = {
  FAILED: 'declined',
  ERROR: 'failed',
  UNKNOWN: 'unknown',
  PARTIAL_COMPLETED: 'partial',
}

/**
 * Network response codes that name a card field the customer typed, and the field of TabaPay's Create Transaction
 * request: `N7` is Visa's "decline for CVV2 failure" (https://developers.tabapay.com/reference/iso-network-codes).
 * The same problem is an inline field error on every provider (Stripe `incorrect_cvc`, Mangopay 105204): the
 * security code field is marked and the customer corrects it. Only a pull carries the customer's security code, so
 * the field is the source account's.
 */
const CARD_INPUT_FIELDS: Record<string, string> = {
  N7: 'accounts.sourceAccount.card.securityCode',
}

function read(body: unknown): DialectReading {
  const status = statusOf(prop(body, 'SC'))
  const code = firstText(body, 'EC')
  const message = firstText(body, 'EM')
  const paymentStatus = firstText(body, 'status')?.toUpperCase()
  const locatesField =
    message !== undefined && FIELD_PATH.test(message) && (status === 400 || status === undefined)
  const networkCode = firstText(body, 'networkRC')?.toUpperCase()
  const outcome = paymentStatus === undefined ? undefined : OUTCOMES[paymentStatus]
  const cardField =
    networkCode !== undefined && (outcome === 'declined' || outcome === 'failed')
      ? CARD_INPUT_FIELDS[networkCode]
      : undefined
  return {
    messageSafe: false,
    fields: locatesField
      ? [{ field: message, ...compact({ code }), message }]
      : cardField
        ? [{ field: cardField, code: networkCode as string, message: '' }]
        : [],
    ...compact({
      status,
      code,
      message,
      detail: networkCode,
      outcome,
      reference: firstText(body, 'transactionID'),
    }),
  }
}

const rules: readonly RecourseRule[] = [
  // A wrong security code: the field the customer corrects (see CARD_INPUT_FIELDS), as on Stripe and Mangopay.
  rule(
    'tabapay:incorrect-cvc',
    { outcome: ['declined', 'failed'], detail: 'N7' },
    'fix-input',
    'incorrect-cvc',
  ),
  ...networkResponseCodeRules('tabapay'),
  rule(
    'tabapay:duplicate-reference',
    { status: 409, text: /referenceid/i },
    'contact-support',
    'duplicate-request',
    'never',
  ),
  rule(
    'tabapay:duplicate-card',
    { status: 409, text: /duplicate/i },
    'contact-support',
    'duplicate-account',
    'never',
  ),
  rule(
    'tabapay:reference-expired',
    { status: 421 },
    'contact-support',
    'reference-expired',
    'never',
  ),
  rule(
    'tabapay:transaction-limit',
    { status: 422, text: /limit/i },
    'declined',
    'limit-exceeded',
    'never',
  ),
  rule(
    'tabapay:account-disabled',
    { status: 422, text: /disabled/i },
    'declined',
    'account-disabled',
    'never',
  ),
  // TabaPay's 422 is an invalid state of the resource, not a field the customer typed.
  rule('tabapay:invalid-state', { status: 422 }, 'contact-support', 'invalid-state', 'never'),
  rule(
    'tabapay:daily-limit',
    { status: 429, text: /daily/i },
    'contact-support',
    'daily-limit',
    'never',
  ),
]

/** TabaPay: `SC`/`EC`/`EM` error bodies and `status`/`networkRC` outcomes in 200 responses. */
export const tabapay: Dialect = {
  name: 'tabapay',
  detect: (body) =>
    isBag(body) &&
    statusOf(prop(body, 'SC')) !== undefined &&
    ('EC' in body || 'EM' in body || 'status' in body),
  read,
  rules,
}
