import { compact, firstText, isBag, items, prop, text } from '../access.js'
import { readFieldErrors } from '../fieldErrors.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, RecourseRule } from '../types.js'

// GoCardless: {"error":{"type":"validation_failed","code":422,"message":"Validation failed","request_id":"…",
// "documentation_url":"https://developer.gocardless.com/…","errors":[{"field":"branch_code","message":"must be a
// number","request_pointer":"/customer_bank_accounts/branch_code"}]}}; other errors carry a `reason` instead of a field.

const TYPES = new Set(['validation_failed', 'invalid_api_usage', 'invalid_state', 'gocardless'])

function read(body: unknown): DialectReading {
  const error = prop(body, 'error')
  const errors = items(prop(error, 'errors'))
  const type = firstText(error, 'type')
  return {
    // `validation_failed` lists { field, message, request_pointer }: the common list shape.
    fields: readFieldErrors(prop(error, 'errors')),
    messageSafe: false,
    ...compact({
      type,
      code: firstText(errors[0], 'reason') ?? type,
      message: firstText(error, 'message'),
      reference: firstText(error, 'request_id'),
    }),
  }
}

// Reasons from https://developer.gocardless.com/api-reference#api-usage-errors
const rules: readonly RecourseRule[] = [
  // A resource was already created with this idempotency key: the first request stands.
  rule(
    'gocardless:idempotency-conflict',
    { code: 'idempotent_creation_conflict' },
    'contact-support',
    'idempotency-conflict',
    'never',
  ),
  rule(
    'gocardless:rate-limited',
    { code: 'rate_limit_exceeded' },
    'retry-later',
    'rate-limited',
    'always',
  ),
  rule(
    'gocardless:bank-account-exists',
    { code: 'bank_account_exists' },
    'contact-support',
    'duplicate-account',
    'never',
  ),
  rule(
    'gocardless:invalid-state',
    { type: 'invalid_state' },
    'contact-support',
    'invalid-state',
    'never',
  ),
]

/**
 * GoCardless: `{ error: { type, code, message, request_id, errors[] } }`.
 *
 * @example
 * ```ts
 * import { gocardless } from '@recourse/core/dialects/gocardless'
 * const { classify } = createClassifier({ dialects: [gocardless] })
 * ```
 */
export const gocardless: Dialect = {
  name: 'gocardless',
  detect: (body) => {
    const error = prop(body, 'error')
    return (
      isBag(error) &&
      (TYPES.has(text(prop(error, 'type')) ?? '') ||
        (text(prop(error, 'documentation_url'))?.includes('gocardless.com') ?? false))
    )
  },
  read,
  rules,
}
