import { compact, firstText, isBag, path, prop, text } from '../access.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, RecourseRule } from '../types.js'

// Razorpay: {"error":{"code":"BAD_REQUEST_ERROR","description":"…","field":"count","source":"customer",
// "step":"payment_authentication","reason":"invalid_otp","metadata":{"payment_id":"pay_…"}}}, and payments that
// fail inside a 200: {"id":"pay_…","entity":"payment","status":"failed","error_code":"BAD_REQUEST_ERROR",
// "error_description":"…","error_source":"customer","error_step":"…","error_reason":"incorrect_card_details"}.

function read(body: unknown): DialectReading {
  const error = prop(body, 'error')
  const failed = firstText(body, 'status') === 'failed'
  const field = firstText(error, 'field')
  const message = firstText(error, 'description') ?? firstText(body, 'error_description')
  return {
    fields: field === undefined ? [] : [{ field, message: message ?? '' }],
    messageSafe: false,
    ...compact({
      code: firstText(error, 'code') ?? firstText(body, 'error_code'),
      detail: firstText(error, 'reason') ?? firstText(body, 'error_reason'),
      message,
      reference:
        firstText(path(error, 'metadata'), 'payment_id') ??
        (failed ? firstText(body, 'id') : undefined),
      outcome: failed ? ('declined' as const) : undefined,
    }),
  }
}

// Reasons from https://razorpay.com/docs/errors/payments/list
const rules: readonly RecourseRule[] = [
  rule('razorpay:card-number', { detail: 'card_number_invalid' }, 'fix-input', 'incorrect-number'),
  rule('razorpay:cvv', { detail: 'incorrect_cvv' }, 'fix-input', 'incorrect-cvc'),
  rule(
    'razorpay:insufficient-funds',
    { detail: 'insufficient_funds' },
    'declined',
    'insufficient-funds',
  ),
  // The bank or wallet gateway failed the payment: another method, not the same request again.
  rule(
    'razorpay:payment-failed',
    { detail: 'payment_failed' },
    'declined',
    'payment-failed',
    'never',
  ),
  rule('razorpay:card-expired', { detail: 'card_expired' }, 'declined', 'expired-card'),
  rule(
    'razorpay:authentication',
    { detail: ['authentication_failed', 'invalid_otp'] },
    'declined',
    'authentication-required',
  ),
  rule(
    'razorpay:bank-unavailable',
    { detail: ['bank_technical_error', 'bank_not_available', 'bank_cutoff_in_progress'] },
    'retry-later',
    'issuer-unavailable',
    'always',
  ),
]

/**
 * Razorpay: `error.code`/`description`/`field`/`source`/`step`/`reason`, and `status: failed` payments.
 *
 * @example
 * ```ts
 * import { razorpay } from '@recourse/core/dialects/razorpay'
 * const { classify } = createClassifier({ dialects: [razorpay] })
 * ```
 */
export const razorpay: Dialect = {
  name: 'razorpay',
  detect: (body) => {
    const error = prop(body, 'error')
    return (
      (isBag(error) &&
        text(prop(error, 'description')) !== undefined &&
        /_ERROR$/.test(text(prop(error, 'code')) ?? '')) ||
      // A payment entity, or the same error_* members on their own (the S2S redirect API's 400).
      ((prop(body, 'entity') === 'payment' ||
        text(prop(body, 'error_description')) !== undefined) &&
        /_ERROR$/.test(text(prop(body, 'error_code')) ?? ''))
    )
  },
  read,
  rules,
}
