import { compact, firstText, isBag, items, path, prop, text } from '../access.js'
import { readFieldErrors } from '../fieldErrors.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, RecourseRule } from '../types.js'

// Square: {"errors":[{"category":"PAYMENT_METHOD_ERROR","code":"INSUFFICIENT_FUNDS","detail":"Authorization error:
// 'INSUFFICIENT_FUNDS'","field":"…"}]}, sometimes beside a "payment" whose status is FAILED. `detail` is for
// developers, never for customers (https://developer.squareup.com/docs/payments-api/error-codes).

function read(body: unknown): DialectReading {
  const first = items(prop(body, 'errors'))[0]
  return {
    // Each error's `field`, `code` and `detail`: the common list shape.
    fields: readFieldErrors(prop(body, 'errors')),
    messageSafe: false,
    ...compact({
      type: firstText(first, 'category'),
      code: firstText(first, 'code'),
      message: firstText(first, 'detail'),
      outcome:
        firstText(path(body, 'payment'), 'status') === 'FAILED' ? ('declined' as const) : undefined,
    }),
  }
}

// Codes from Square's ErrorCode reference (https://developer.squareup.com/reference/square/enums/ErrorCode).
const rules: readonly RecourseRule[] = [
  rule(
    'square:insufficient-funds',
    { code: 'INSUFFICIENT_FUNDS' },
    'declined',
    'insufficient-funds',
  ),
  rule('square:cvv', { code: 'CVV_FAILURE' }, 'fix-input', 'incorrect-cvc'),
  rule(
    'square:postcode',
    { code: 'ADDRESS_VERIFICATION_FAILURE' },
    'fix-input',
    'incorrect-postcode',
  ),
  rule('square:card-expired', { code: 'CARD_EXPIRED' }, 'fix-input', 'expired-card'),
  rule(
    'square:expiry',
    {
      code: [
        'BAD_EXPIRATION',
        'EXPIRATION_FAILURE',
        'INVALID_EXPIRATION',
        'INVALID_EXPIRATION_DATE',
        'INVALID_EXPIRATION_YEAR',
      ],
    },
    'fix-input',
    'incorrect-expiry',
  ),
  rule('square:card-number', { code: 'PAN_FAILURE' }, 'fix-input', 'incorrect-number'),
  rule(
    'square:card-token',
    { code: ['CARD_TOKEN_EXPIRED', 'CARD_TOKEN_USED'] },
    'fix-input',
    'card-details-expired',
  ),
  rule('square:limit', { code: 'TRANSACTION_LIMIT' }, 'declined', 'limit-exceeded'),
  rule('square:not-supported', { code: 'CARD_NOT_SUPPORTED' }, 'declined', 'card-not-supported'),
  rule(
    'square:verification-required',
    { code: 'CARD_DECLINED_VERIFICATION_REQUIRED' },
    'declined',
    'authentication-required',
  ),
  rule(
    'square:idempotency-conflict',
    { code: 'IDEMPOTENCY_KEY_REUSED' },
    'contact-support',
    'idempotency-conflict',
    'never',
  ),
  rule('square:payment-method', { type: 'PAYMENT_METHOD_ERROR' }, 'declined', 'declined', 'never'),
  rule(
    'square:rate-limited',
    { type: 'RATE_LIMIT_ERROR' },
    'retry-later',
    'rate-limited',
    'always',
  ),
  rule(
    'square:authentication',
    { type: 'AUTHENTICATION_ERROR' },
    'contact-support',
    'unauthenticated',
    'never',
  ),
]

/**
 * Square: `errors[]` of `category`/`code`/`detail`/`field`.
 *
 * @example
 * ```ts
 * import { square } from '@recourse/core/dialects/square'
 * const { classify } = createClassifier({ dialects: [square] })
 * ```
 */
export const square: Dialect = {
  name: 'square',
  detect: (body) =>
    isBag(body) &&
    items(prop(body, 'errors')).some(
      (error) =>
        text(prop(error, 'category')) !== undefined && text(prop(error, 'code')) !== undefined,
    ),
  read,
  rules,
}
