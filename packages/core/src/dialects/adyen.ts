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

function refusal(
  id: string,
  reasons: readonly string[],
  kind: 'declined' | 'retry-later',
  reason: string,
): RecourseRule {
  return rule(
    `adyen:${id}`,
    { outcome: REFUSED, detail: reasons },
    kind,
    reason,
    kind === 'retry-later' ? 'always' : 'never',
  )
}

// https://docs.adyen.com/development-resources/refusal-reasons: each by its code and its name. Fraud, blocked and
// restricted cards (5, 14, 20, 22, 25, 31) are left to the generic decline on purpose.
const rules: readonly RecourseRule[] = [
  refusal('not-enough-balance', ['12', 'Not enough balance'], 'declined', 'insufficient-funds'),
  refusal('expired-card', ['6', 'Expired Card'], 'declined', 'expired-card'),
  refusal('invalid-card-number', ['8', 'Invalid Card Number'], 'declined', 'incorrect-number'),
  refusal('cvc-declined', ['24', 'CVC Declined'], 'declined', 'incorrect-cvc'),
  refusal(
    'withdrawal-limit',
    ['28', '29', 'Withdrawal amount exceeded', 'Withdrawal count exceeded'],
    'declined',
    'limit-exceeded',
  ),
  refusal(
    'not-supported',
    ['10', '23', 'Not supported', 'Transaction Not Permitted'],
    'declined',
    'card-not-supported',
  ),
  refusal(
    'authentication',
    ['11', '38', '3D Not Authenticated', 'Authentication required'],
    'declined',
    'authentication-required',
  ),
  refusal(
    'issuer-unavailable',
    ['4', '9', 'Acquirer Error', 'Issuer Unavailable'],
    'retry-later',
    'issuer-unavailable',
  ),
  // https://docs.adyen.com/development-resources/error-codes
  rule('adyen:invalid-card-number', { code: ['101', '102'] }, 'fix-input', 'incorrect-number'),
  rule('adyen:invalid-cvc', { code: ['103', '153'] }, 'fix-input', 'incorrect-cvc'),
  // 704: a request with this Idempotency-Key was already processed, or still is. Look it up; never resubmit.
  rule('adyen:key-in-use', { code: '704' }, 'contact-support', 'idempotency-conflict', 'never'),
  // A 500 of type `configuration` (e.g. 905 "Payment details are not supported") is a refusal of the request, sent
  // before any processing: it is not an unknown outcome, and sending it again fails the same way.
  {
    id: 'adyen:configuration',
    when: { type: 'configuration' },
    kind: 'contact-support',
    retry: 'never',
    mayHaveProcessed: false,
  },
]

/** Adyen: `resultCode` refusals inside a 200, `errorCode`/`errorType` errors and RFC 7807 problems. */
export const adyen: Dialect = {
  name: 'adyen',
  detect: (body) =>
    isBag(body) &&
    ((text(prop(body, 'resultCode')) !== undefined &&
      (prop(body, 'pspReference') !== undefined || prop(body, 'refusalReason') !== undefined)) ||
      (text(prop(body, 'errorType')) !== undefined && prop(body, 'errorCode') !== undefined) ||
      Array.isArray(prop(body, 'invalidFields')) ||
      (text(prop(body, 'type'))?.startsWith('https://docs.adyen.com/errors/') ?? false)),
  read,
  rules,
}
