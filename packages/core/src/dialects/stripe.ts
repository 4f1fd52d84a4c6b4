import { isBag, prop } from '../access.js'
import { cardErrorRules, readCardError } from '../cardErrors.js'
import type { Dialect } from '../types.js'

/** Stripe and the gateways that copy its `{ error: { type, code, decline_code, param, message } }` bodies. */
export const stripe: Dialect = {
  name: 'stripe',
  detect: (body) => {
    const error = prop(body, 'error')
    return (
      isBag(error) &&
      (typeof prop(error, 'type') === 'string' || typeof prop(error, 'code') === 'string')
    )
  },
  read: readCardError,
  rules: cardErrorRules,
}
