import { compact, firstText, prop } from './access.js'
import { readFieldErrors } from './fieldErrors.js'
import type { DialectReading, FieldError, RecourseRule } from './types.js'

// The Stripe error convention {"error":{"type","code","decline_code","param","message"}}, which Cloud Payments and
// many gateways copy. Stripe marks `card_error` messages as safe to show customers.

/** Decline codes whose detail must never reach the customer: they are shown as a generic decline. */
const HIDDEN_DECLINES = new Set([
  'fraudulent',
  'lost_card',
  'stolen_card',
  'pickup_card',
  'merchant_blacklist',
  'restricted_card',
  'security_violation',
])

/** Codes that point at one card field when the API names no `param`. */
const CARD_FIELDS: Record<string, string> = {
  incorrect_cvc: 'cvc',
  invalid_cvc: 'cvc',
  expired_card: 'exp_month',
  invalid_expiry_month: 'exp_month',
  invalid_expiry_year: 'exp_year',
  incorrect_number: 'number',
  invalid_number: 'number',
  incorrect_zip: 'address_zip',
  postal_code_invalid: 'address_zip',
}

/** Reads `{ error: { type, code, decline_code, param, message } }`. */
export function readCardError(body: unknown): DialectReading {
  const error = prop(body, 'error')
  const type = firstText(error, 'type')
  const code = firstText(error, 'code')
  const declineCode = firstText(error, 'decline_code')
  const detail = declineCode ?? code
  const hidden = detail !== undefined && HIDDEN_DECLINES.has(detail)
  const message = firstText(error, 'message')
  const param = firstText(error, 'param')
  const field = param ?? (detail === undefined ? undefined : CARD_FIELDS[detail])
  // A hidden decline keeps nothing of its code or text, not even on a field.
  const fields: FieldError[] = hidden
    ? []
    : field
      ? [{ field, ...compact({ code: detail }), message: message ?? '' }]
      : readFieldErrors(prop(error, 'errors'))
  return {
    fields,
    messageSafe: type === 'card_error' && !hidden,
    ...compact({
      type,
      code,
      detail,
      message: hidden ? undefined : message,
      // Stripe's request_log_url ends in the request id support asks for.
      reference: firstText(error, 'request_log_url')?.match(/req_[A-Za-z0-9]+/)?.[0],
    }),
  }
}

/** Rules shared by every dialect that speaks the Stripe convention, most specific first. */
export const cardErrorRules: readonly RecourseRule[] = [
  {
    id: 'card:incorrect-cvc',
    when: { detail: ['incorrect_cvc', 'invalid_cvc'] },
    kind: 'fix-input',
    reason: 'incorrect-cvc',
  },
  {
    id: 'card:expired',
    when: { detail: 'expired_card' },
    kind: 'fix-input',
    reason: 'expired-card',
  },
  {
    id: 'card:incorrect-expiry',
    when: { detail: ['invalid_expiry_month', 'invalid_expiry_year'] },
    kind: 'fix-input',
    reason: 'incorrect-expiry',
  },
  {
    id: 'card:incorrect-number',
    when: { detail: ['incorrect_number', 'invalid_number'] },
    kind: 'fix-input',
    reason: 'incorrect-number',
  },
  {
    id: 'card:incorrect-postcode',
    when: { detail: ['incorrect_zip', 'postal_code_invalid'] },
    kind: 'fix-input',
    reason: 'incorrect-postcode',
  },
  {
    id: 'card:insufficient-funds',
    when: { detail: 'insufficient_funds' },
    kind: 'declined',
    reason: 'insufficient-funds',
  },
  {
    id: 'card:limit',
    when: { detail: ['card_velocity_exceeded', 'withdrawal_count_limit_exceeded'] },
    kind: 'declined',
    reason: 'limit-exceeded',
  },
  {
    id: 'card:not-supported',
    when: { detail: ['card_not_supported', 'currency_not_supported'] },
    kind: 'declined',
    reason: 'card-not-supported',
  },
  {
    id: 'card:authentication-required',
    when: { detail: 'authentication_required' },
    kind: 'declined',
    reason: 'authentication-required',
  },
  {
    id: 'card:issuer-unavailable',
    when: {
      detail: [
        'try_again_later',
        'issuer_not_available',
        'processing_error',
        'reenter_transaction',
      ],
    },
    kind: 'retry-later',
    reason: 'issuer-unavailable',
    retry: 'always',
  },
  // Another request with the same idempotency key is still running: asking again with that key is safe.
  {
    id: 'card:key-in-use',
    when: { code: 'idempotency_key_in_use' },
    kind: 'retry-later',
    reason: 'request-in-progress',
    retry: 'always',
  },
  {
    id: 'card:declined',
    when: { type: 'card_error' },
    kind: 'declined',
    reason: 'declined',
    retry: 'never',
  },
  {
    id: 'card:rate-limited',
    when: { type: 'rate_limit_error' },
    kind: 'retry-later',
    reason: 'rate-limited',
    retry: 'always',
  },
  {
    id: 'card:authentication',
    when: { type: 'authentication_error' },
    kind: 'contact-support',
    reason: 'unauthenticated',
    retry: 'never',
  },
  {
    id: 'card:idempotency-conflict',
    when: { type: 'idempotency_error' },
    kind: 'contact-support',
    reason: 'idempotency-conflict',
    retry: 'never',
  },
]
