import { compact, flag, isBag, prop } from '../access.js'
import { cardErrorRules, readCardError } from '../cardErrors.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, RecourseRule } from '../types.js'

// Stripe's `Stripe-Should-Retry` header is its own verdict on the request: `true` says the same request may succeed
// (even on a status that ordinarily means otherwise, e.g. a 400), `false` that it will not. It is read as the
// failure's `recoverable`; the `false` side also stops every automatic retry, whatever the dialect.
// API v2 errors keep the `{ error: { type, code, message } }` envelope with types of their own, e.g. `rate_limit`
// on a 400; API v1 also reports a 400 with `code: "rate_limit"` as a rate limit (stripe-node's Error.ts).

function read(body: unknown, headers: Record<string, string>): DialectReading {
  return {
    ...readCardError(body),
    ...compact({ recoverable: flag(headers['stripe-should-retry']) }),
  }
}

const rules: readonly RecourseRule[] = [
  rule('stripe:rate-limited', { type: 'rate_limit' }, 'retry-later', 'rate-limited', 'always'),
  rule(
    'stripe:rate-limited-code',
    { status: 400, code: 'rate_limit' },
    'retry-later',
    'rate-limited',
    'always',
  ),
  ...cardErrorRules,
  // A refused request (4xx) was not carried out: when Stripe says it may succeed, sending it again is safe.
  rule(
    'stripe:should-retry',
    { status: '4xx', recoverable: true },
    'retry-later',
    'unavailable',
    'always',
  ),
]

/**
 * Stripe and the gateways that copy its `{ error: { type, code, decline_code, param, message } }` bodies.
 *
 * @example
 * ```ts
 * import { stripe } from '@recourse/core/dialects/stripe'
 * const { classify } = createClassifier({ dialects: [stripe] })
 * ```
 */
export const stripe: Dialect = {
  name: 'stripe',
  detect: (body, headers) => {
    const error = prop(body, 'error')
    return (
      isBag(error) &&
      (typeof prop(error, 'type') === 'string' ||
        typeof prop(error, 'code') === 'string' ||
        headers['stripe-should-retry'] !== undefined)
    )
  },
  read,
  rules,
}
