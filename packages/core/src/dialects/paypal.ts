import { compact, firstText, isBag, items, prop, text } from '../access.js'
import { pointerToPath } from '../fieldErrors.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, FieldError, RecourseRule } from '../types.js'

// PayPal REST APIs: {"name":"UNPROCESSABLE_ENTITY","message":"…","debug_id":"…","details":[{"field":"/purchase_units/0/
// amount/value","value":"…","location":"body","issue":"INSTRUMENT_DECLINED","description":"…"}],"links":[…]}.
// `field` is a JSON Pointer; `issue` is the fine-grained code; `debug_id` is what PayPal support asks for.

function read(body: unknown): DialectReading {
  const details = items(prop(body, 'details'))
  const fields: FieldError[] = []
  for (const detail of details) {
    const field = firstText(detail, 'field')
    if (field === undefined) continue
    const code = firstText(detail, 'issue')
    fields.push({
      field: field.startsWith('/') ? pointerToPath(field) : field,
      ...compact({ code }),
      message: firstText(detail, 'description') ?? '',
    })
  }
  const name = firstText(body, 'name')
  return {
    fields,
    messageSafe: false,
    ...compact({
      type: name,
      code: firstText(details[0], 'issue') ?? name,
      message: firstText(body, 'message'),
      reference: firstText(body, 'debug_id'),
    }),
  }
}

// Issues from the Orders v2 API's error descriptions (openapi/checkout_orders_v2.json).
const rules: readonly RecourseRule[] = [
  rule(
    'paypal:card-expired',
    { code: ['CARD_EXPIRED', 'REFERENCED_CARD_EXPIRED'] },
    'declined',
    'expired-card',
  ),
  rule('paypal:expiry', { code: 'INVALID_EXPIRY_DATE' }, 'fix-input', 'incorrect-expiry'),
  rule('paypal:cvc', { code: 'INVALID_SECURITY_CODE_LENGTH' }, 'fix-input', 'incorrect-cvc'),
  rule(
    'paypal:payer-action-required',
    { code: 'PAYER_ACTION_REQUIRED' },
    'declined',
    'authentication-required',
  ),
  rule(
    'paypal:limit',
    { code: ['TRANSACTION_LIMIT_EXCEEDED', 'TRANSACTION_RECEIVING_LIMIT_EXCEEDED'] },
    'declined',
    'limit-exceeded',
  ),
  rule(
    'paypal:not-supported',
    {
      code: [
        'CARD_BRAND_NOT_SUPPORTED',
        'CARD_TYPE_NOT_SUPPORTED',
        'CURRENCY_NOT_SUPPORTED_FOR_CARD_TYPE',
        'PAYMENT_SOURCE_NOT_SUPPORTED',
      ],
    },
    'declined',
    'card-not-supported',
  ),
  rule(
    'paypal:payer-account',
    { code: ['PAYER_ACCOUNT_LOCKED_OR_CLOSED', 'PAYER_ACCOUNT_RESTRICTED'] },
    'declined',
    'account-disabled',
  ),
  rule(
    'paypal:declined',
    {
      code: [
        'INSTRUMENT_DECLINED',
        'TRANSACTION_REFUSED',
        'PAYER_CANNOT_PAY',
        'PAYMENT_DENIED',
        'PAYMENT_SOURCE_DECLINED_BY_PROCESSOR',
        'PAYMENT_SOURCE_CANNOT_BE_USED',
        'MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED',
        'DECLINED_DUE_TO_RELATED_TXN',
      ],
    },
    'declined',
    'declined',
    'never',
  ),
  // The order was paid already: look it up, never pay again.
  rule(
    'paypal:already-done',
    { code: ['ORDER_ALREADY_CAPTURED', 'ORDER_ALREADY_AUTHORIZED', 'DUPLICATE_INVOICE_ID'] },
    'contact-support',
    'duplicate-request',
    'never',
  ),
  rule(
    'paypal:rate-limited',
    { type: 'RATE_LIMIT_REACHED' },
    'retry-later',
    'rate-limited',
    'always',
  ),
]

/**
 * PayPal REST: `name`/`message`/`debug_id` errors with `details[].field`/`issue`.
 *
 * @example
 * ```ts
 * import { paypal } from '@recourse/core/dialects/paypal'
 * const { classify } = createClassifier({ dialects: [paypal] })
 * ```
 */
export const paypal: Dialect = {
  name: 'paypal',
  detect: (body) =>
    isBag(body) &&
    text(prop(body, 'name')) !== undefined &&
    (text(prop(body, 'debug_id')) !== undefined ||
      items(prop(body, 'details')).some((detail) => text(prop(detail, 'issue')) !== undefined)),
  read,
  rules,
}
