import { compact, firstText, prop } from './access.js'
import { readFieldErrors } from './fieldErrors.js'
import { rule } from './statusRules.js'
import type { DialectReading, FieldError, FieldLimits, RecourseRule } from './types.js'

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

// Stripe states the limit an amount broke in the text of `amount_too_small`/`amount_too_large`, with its currency sign:
// "Amount must be at least £0.30 gbp", "Amount must be no more than $999,999.99" (https://docs.stripe.com/error-codes,
// codes `amount_too_small`, `amount_too_large`). Only a sign and digits are kept: nothing else of the text is shown.
const AMOUNT_LIMIT = /(at least|no more than)\s+([^\s\d]{0,3}\d[\d.,]{0,15})/i

function amountLimits(
  code: string | undefined,
  message: string | undefined,
): FieldLimits | undefined {
  if (code !== 'amount_too_small' && code !== 'amount_too_large') return undefined
  const found = message === undefined ? null : AMOUNT_LIMIT.exec(message)
  if (!found?.[2]) return undefined
  const value = found[2].replace(/[.,]$/, '')
  return /least/i.test(found[1] ?? '') ? { min: value } : { max: value }
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
      ? [
          {
            field,
            ...compact({ code: detail, limits: amountLimits(detail, message) }),
            message: message ?? '',
          },
        ]
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
  rule(
    'card:incorrect-cvc',
    { detail: ['incorrect_cvc', 'invalid_cvc'] },
    'fix-input',
    'incorrect-cvc',
  ),
  rule('card:expired', { detail: 'expired_card' }, 'fix-input', 'expired-card'),
  rule(
    'card:incorrect-expiry',
    { detail: ['invalid_expiry_month', 'invalid_expiry_year'] },
    'fix-input',
    'incorrect-expiry',
  ),
  rule(
    'card:incorrect-number',
    { detail: ['incorrect_number', 'invalid_number'] },
    'fix-input',
    'incorrect-number',
  ),
  rule(
    'card:incorrect-postcode',
    { detail: ['incorrect_zip', 'postal_code_invalid'] },
    'fix-input',
    'incorrect-postcode',
  ),
  rule(
    'card:insufficient-funds',
    { detail: 'insufficient_funds' },
    'declined',
    'insufficient-funds',
  ),
  rule(
    'card:limit',
    { detail: ['card_velocity_exceeded', 'withdrawal_count_limit_exceeded'] },
    'declined',
    'limit-exceeded',
  ),
  rule(
    'card:not-supported',
    { detail: ['card_not_supported', 'currency_not_supported'] },
    'declined',
    'card-not-supported',
  ),
  rule(
    'card:authentication-required',
    { detail: 'authentication_required' },
    'declined',
    'authentication-required',
  ),
  rule(
    'card:issuer-unavailable',
    {
      detail: [
        'try_again_later',
        'issuer_not_available',
        'processing_error',
        'reenter_transaction',
      ],
    },
    'retry-later',
    'issuer-unavailable',
    'always',
  ),
  // Another request with the same idempotency key is still running: asking again with that key is safe.
  rule(
    'card:key-in-use',
    { code: 'idempotency_key_in_use' },
    'retry-later',
    'request-in-progress',
    'always',
  ),
  rule('card:declined', { type: 'card_error' }, 'declined', 'declined', 'never'),
  rule('card:rate-limited', { type: 'rate_limit_error' }, 'retry-later', 'rate-limited', 'always'),
  rule(
    'card:authentication',
    { type: 'authentication_error' },
    'contact-support',
    'unauthenticated',
    'never',
  ),
  // The key was used before, with other details: that earlier request may have been charged.
  rule(
    'card:idempotency-conflict',
    { type: 'idempotency_error' },
    'contact-support',
    'idempotency-conflict',
    'never',
    true,
  ),
]
