import { compact, firstText, isBag, items, prop, statusOf, text } from '../access.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, FieldError, PaymentOutcome, RecourseRule } from '../types.js'

// Adyen answers a refused payment with a 200: {"resultCode":"Refused","refusalReason":"CVC Declined",
// "refusalReasonCode":"24","pspReference":"…"}. Errors are {"status":422,"errorCode":"130","message":"…",
// "errorType":"validation","pspReference":"…"}; the newer APIs send RFC 7807 problems with `errorCode`, `requestId`
// and `invalidFields` ({name, message}, wrapped as {InvalidField: {…}}, or {errorCode, errorDescription, fieldType}).
// Adyen asks that refusal reasons never reach shoppers: no message is marked safe.

const OUTCOMES: Record<string, PaymentOutcome> = {
  Refused: 'declined',
  Error: 'failed',
  Cancelled: 'failed',
}

// "Required field 'reference' is not provided.", "Field 'additionalData.donationAccount' is not valid."
const QUOTED_FIELD = /^(?:required )?(?:field|object) '([^']{1,200})'/i

function invalidField(item: unknown): FieldError | undefined {
  const entry = prop(item, 'InvalidField') ?? item
  const field = firstText(entry, 'name') ?? firstText(prop(entry, 'fieldType'), 'field')
  if (field === undefined) return undefined
  const code = firstText(entry, 'errorCode')
  return {
    field,
    ...compact({ code }),
    message: firstText(entry, 'message', 'errorDescription') ?? '',
  }
}

function read(body: unknown): DialectReading {
  const resultCode = firstText(body, 'resultCode')
  const outcome = resultCode === undefined ? undefined : OUTCOMES[resultCode]
  const message = firstText(body, 'message', 'detail', 'title')
  const code = firstText(body, 'errorCode')
  const fields = items(prop(body, 'invalidFields'))
    .map(invalidField)
    .filter((field): field is FieldError => field !== undefined)
  const quoted = QUOTED_FIELD.exec(message ?? '')?.[1]
  if (!fields.length && quoted)
    fields.push({ field: quoted, ...compact({ code }), message: message ?? '' })
  return {
    fields,
    messageSafe: false,
    ...compact({
      status: statusOf(prop(body, 'status')),
      type: firstText(body, 'errorType'),
      code,
      // The refusal's code, or its name when the code is absent (older APIs send only `refusalReason`).
      detail: outcome ? firstText(body, 'refusalReasonCode', 'refusalReason') : undefined,
      message: outcome ? undefined : message,
      reference: firstText(body, 'pspReference', 'requestId'),
      outcome,
    }),
  }
}

const REFUSED = ['declined', 'failed'] as const

// https://docs.adyen.com/development-resources/refusal-reasons: each reason by its code and its name, with the
// reason Recourse gives it. Fraud, blocked and restricted cards (5, 14, 20, 22, 25, 31) are left to the generic
// decline on purpose.
const REFUSALS: readonly [detail: readonly string[], reason: string][] = [
  [['12', 'Not enough balance'], 'insufficient-funds'],
  [['6', 'Expired Card'], 'expired-card'],
  [['8', 'Invalid Card Number'], 'incorrect-number'],
  [['24', 'CVC Declined'], 'incorrect-cvc'],
  [['28', '29', 'Withdrawal amount exceeded', 'Withdrawal count exceeded'], 'limit-exceeded'],
  [['10', '23', 'Not supported', 'Transaction Not Permitted'], 'card-not-supported'],
  [['11', '38', '3D Not Authenticated', 'Authentication required'], 'authentication-required'],
  [['4', '9', 'Acquirer Error', 'Issuer Unavailable'], 'issuer-unavailable'],
]

const rules: readonly RecourseRule[] = [
  // A refusal is never retried (the rule's kind decides), except when the issuer or acquirer did not answer.
  ...REFUSALS.map(([detail, reason]) => {
    const unanswered = reason === 'issuer-unavailable'
    return rule(
      `adyen:${reason}`,
      { outcome: REFUSED, detail },
      unanswered ? 'retry-later' : 'declined',
      reason,
      unanswered ? 'always' : undefined,
    )
  }),
  // https://docs.adyen.com/development-resources/error-codes
  rule('adyen:error-incorrect-number', { code: ['101', '102'] }, 'fix-input', 'incorrect-number'),
  rule('adyen:error-incorrect-cvc', { code: ['103', '153'] }, 'fix-input', 'incorrect-cvc'),
  // 704: a request with this Idempotency-Key was already processed, or still is. Look it up; never resubmit.
  rule('adyen:key-in-use', { code: '704' }, 'contact-support', 'idempotency-conflict'),
  // A 500 of type `configuration` (e.g. 905 "Payment details are not supported"), and 901 "Invalid Merchant Account"
  // whatever its type (the BinLookup API sends it as a 500 of type `internal`), refuse the request before any
  // processing: not an unknown outcome, and sending it again, keyed or not, fails the same way.
  ...[{ type: 'configuration' }, { code: '901' }].map((when): RecourseRule => ({
    id: `adyen:${when.type ?? 'invalid-merchant-account'}`,
    when,
    kind: 'contact-support',
    retry: 'never',
    mayHaveProcessed: false,
  })),
]

/**
 * Adyen: `resultCode` refusals inside a 200, `errorCode`/`errorType` errors and RFC 7807 problems.
 *
 * @example
 * ```ts
 * import { adyen } from '@recourse/core/dialects/adyen'
 * const { classify } = createClassifier({ dialects: [adyen] })
 * ```
 */
export const adyen: Dialect = {
  name: 'adyen',
  detect: (body) =>
    isBag(body) &&
    ((text(prop(body, 'resultCode')) !== undefined &&
      (prop(body, 'pspReference') !== undefined || prop(body, 'refusalReason') !== undefined)) ||
      (text(prop(body, 'errorType')) !== undefined && prop(body, 'errorCode') !== undefined) ||
      Array.isArray(prop(body, 'invalidFields')) ||
      (text(prop(body, 'type'))?.includes('.adyen.com/') ?? false)),
  read,
  rules,
}
