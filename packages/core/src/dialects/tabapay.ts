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

function read(body: unknown): DialectReading {
  const status = statusOf(prop(body, 'SC'))
  const code = firstText(body, 'EC')
  const message = firstText(body, 'EM')
  const paymentStatus = firstText(body, 'status')?.toUpperCase()
  const locatesField =
    message !== undefined && FIELD_PATH.test(message) && (status === 400 || status === undefined)
  return {
    messageSafe: false,
    fields: locatesField ? [{ field: message, ...compact({ code }), message }] : [],
    ...compact({
      status,
      code,
      message,
      detail: firstText(body, 'networkRC')?.toUpperCase(),
      outcome: paymentStatus === undefined ? undefined : OUTCOMES[paymentStatus],
      reference: firstText(body, 'transactionID'),
    }),
  }
}

const rules: readonly RecourseRule[] = [
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

/**
 * TabaPay: `SC`/`EC`/`EM` error bodies and `status`/`networkRC` outcomes in 200 responses.
 *
 * @example
 * ```ts
 * import { tabapay } from '@recourse/core/dialects/tabapay'
 * const { classify } = createClassifier({ dialects: [tabapay] })
 * ```
 */
export const tabapay: Dialect = {
  name: 'tabapay',
  detect: (body) =>
    isBag(body) &&
    statusOf(prop(body, 'SC')) !== undefined &&
    ('EC' in body || 'EM' in body || 'status' in body),
  read,
  rules,
}
