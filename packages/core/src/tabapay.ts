import { compact, firstText, isBag, prop, statusOf } from './access.js'
import { networkResponseCodeRules } from './networkResponseCodes.js'
import type { Dialect, DialectReading, PaymentOutcome, RecourseRule } from './types.js'

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
  {
    id: 'tabapay:duplicate-reference',
    when: { status: 409, text: /referenceid/i },
    kind: 'contact-support',
    reason: 'duplicate-request',
    retry: 'never',
  },
  {
    id: 'tabapay:duplicate-card',
    when: { status: 409, text: /duplicate/i },
    kind: 'contact-support',
    reason: 'duplicate-account',
    retry: 'never',
  },
  {
    id: 'tabapay:reference-expired',
    when: { status: 421 },
    kind: 'contact-support',
    reason: 'reference-expired',
    retry: 'never',
  },
  {
    id: 'tabapay:transaction-limit',
    when: { status: 422, text: /limit/i },
    kind: 'declined',
    reason: 'limit-exceeded',
    retry: 'never',
  },
  {
    id: 'tabapay:account-disabled',
    when: { status: 422, text: /disabled/i },
    kind: 'declined',
    reason: 'account-disabled',
    retry: 'never',
  },
  // TabaPay's 422 is an invalid state of the resource, not a field the customer typed.
  {
    id: 'tabapay:invalid-state',
    when: { status: 422 },
    kind: 'contact-support',
    reason: 'invalid-state',
    retry: 'never',
  },
  {
    id: 'tabapay:daily-limit',
    when: { status: 429, text: /daily/i },
    kind: 'contact-support',
    reason: 'daily-limit',
    retry: 'never',
  },
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
