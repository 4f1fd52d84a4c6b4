import { firstText, isBag, path, prop } from '../access.js'
import { cardErrorRules, readCardError } from '../cardErrors.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading } from '../types.js'

// Cloud Payments sends Stripe-like error bodies with an `x-correlation-id` header; its gateway SDK also returns
// {"status":"failed","msg":"bad request error: invalid Postal Code"} and declines as a 200 with data.response "declined".

const INVALID_FIELD = /\binvalid ([A-Za-z][A-Za-z _-]{0,60})$/i

function read(body: unknown): DialectReading {
  if (isBag(prop(body, 'error'))) return readCardError(body)
  const reading: DialectReading = { fields: [] }
  const message = firstText(body, 'msg', 'message')
  if (message !== undefined) {
    reading.message = message
    const field = INVALID_FIELD.exec(message)?.[1]
    if (field) reading.fields = [{ field: field.trim(), message }]
  }
  const response = firstText(path(body, 'data'), 'response')?.toLowerCase()
  if (response === 'declined') reading.outcome = 'declined'
  const responseCode = firstText(path(body, 'data'), 'response_code')
  if (responseCode !== undefined) reading.detail = responseCode
  return reading
}

/**
 * Cloud Payments: Stripe-like errors, `{ status: "failed", msg }` gateway errors, and 200 declines.
 *
 * @example
 * ```ts
 * import { cloudPayments } from '@recourse/core/dialects/cloud-payments'
 * const { classify } = createClassifier({ dialects: [cloudPayments] })
 * ```
 */
export const cloudPayments: Dialect = {
  name: 'cloud-payments',
  detect: (body, headers) =>
    (prop(body, 'status') === 'failed' && typeof prop(body, 'msg') === 'string') ||
    typeof path(body, 'data', 'response') === 'string' ||
    (isBag(prop(body, 'error')) && headers['x-correlation-id'] !== undefined),
  read,
  rules: [
    ...cardErrorRules,
    // A 422 without field errors is a card the processor refused, reported with an error code.
    rule(
      'cloud-payments:unprocessable',
      { status: 422, hasFields: false },
      'declined',
      'declined',
      'never',
    ),
  ],
}
