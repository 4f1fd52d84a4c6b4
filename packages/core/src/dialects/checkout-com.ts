import { compact, firstText, isBag, items, prop, text } from '../access.js'
import { networkResponseCodeRules } from '../networkResponseCodes.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, FieldError, RecourseRule } from '../types.js'

// Checkout.com declines a payment with a 201: {"approved":false,"status":"Declined","response_code":"20051",
// "response_summary":"Insufficient Funds","id":"pay_…"}. Errors are {"request_id","error_type":"request_invalid",
// "error_codes":["card_number_invalid"]}: each code names the field it is about (`<field>_invalid`,
// `<field>_required`). https://www.checkout.com/docs/resources/codes/api-response-codes

/** Codes whose field is not their prefix: the card details sit under `source`. */
const CODE_FIELDS: Record<string, string> = {
  card_number_invalid: 'source.number',
  card_number_required: 'source.number',
  cvv_invalid: 'source.cvv',
  card_expired: 'source.expiry_year',
  card_expiry_month_invalid: 'source.expiry_month',
  card_expiry_month_required: 'source.expiry_month',
  card_expiry_year_invalid: 'source.expiry_year',
  card_expiry_year_required: 'source.expiry_year',
}

const FIELD_CODE = /^([a-z][a-z0-9_]*?)_(invalid|required)$/

function fieldOf(code: string): string | undefined {
  // An expired or used card token is no field to correct: the customer enters the card again.
  if (code.startsWith('token_')) return undefined
  return CODE_FIELDS[code] ?? FIELD_CODE.exec(code)?.[1]
}

// A soft (20xxx) or hard (30xxx) decline ends in the card network's ISO 8583 code: 20051 is 51, 200N7 is N7.
const NETWORK_CODE = /^[23]00([0-9A-Z]{2})$/

function read(body: unknown): DialectReading {
  const codes = items(prop(body, 'error_codes')).map(text)
  const fields: FieldError[] = []
  for (const code of codes) {
    const field = code === undefined ? undefined : fieldOf(code)
    if (code !== undefined && field !== undefined) fields.push({ field, code, message: code })
  }
  const declined = prop(body, 'approved') === false
  const responseCode = firstText(body, 'response_code')
  return {
    fields,
    messageSafe: false,
    ...compact({
      type: firstText(body, 'error_type'),
      code: codes.find((code) => code !== undefined),
      detail: declined ? (NETWORK_CODE.exec(responseCode ?? '')?.[1] ?? responseCode) : undefined,
      outcome: declined ? ('declined' as const) : undefined,
      // The payment id is what support looks up for a decline; the request id for an error.
      reference: firstText(body, 'request_id') ?? (declined ? firstText(body, 'id') : undefined),
    }),
  }
}

const rules: readonly RecourseRule[] = [
  ...networkResponseCodeRules('checkout-com'),
  rule(
    'checkout-com:card-details-expired',
    { code: ['token_expired', 'token_invalid', 'token_used'] },
    'fix-input',
    'card-details-expired',
  ),
  rule(
    'checkout-com:card-number',
    { code: ['card_number_invalid', 'card_number_required'] },
    'fix-input',
    'incorrect-number',
  ),
  rule('checkout-com:cvv', { code: 'cvv_invalid' }, 'fix-input', 'incorrect-cvc'),
  rule('checkout-com:card-expired', { code: 'card_expired' }, 'fix-input', 'expired-card'),
  rule(
    'checkout-com:expiry',
    { code: ['card_expiry_month_invalid', 'card_expiry_year_invalid'] },
    'fix-input',
    'incorrect-expiry',
  ),
  // A processing error names no field the customer typed: the payment cannot go on in this state.
  rule(
    'checkout-com:processing-error',
    { type: 'processing_error', status: 422 },
    'contact-support',
    'invalid-state',
    'never',
  ),
]

/**
 * Checkout.com: `approved: false` declines and `error_type`/`error_codes` errors.
 *
 * @example
 * ```ts
 * import { checkoutCom } from '@recourse/core/dialects/checkout-com'
 * const { classify } = createClassifier({ dialects: [checkoutCom] })
 * ```
 */
export const checkoutCom: Dialect = {
  name: 'checkout-com',
  detect: (body) =>
    isBag(body) &&
    ((text(prop(body, 'error_type')) !== undefined &&
      (Array.isArray(prop(body, 'error_codes')) || prop(body, 'request_id') !== undefined)) ||
      (typeof prop(body, 'approved') === 'boolean' && prop(body, 'response_code') !== undefined)),
  read,
  rules,
}
