import { compact, flag, isBag, items, MAX_ITEMS, prop, text } from '../access.js'
import { networkResponseCodeRules } from '../networkResponseCodes.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, FieldError, PaymentOutcome, RecourseRule } from '../types.js'
import { readXml } from '../xmlReader.js'

// Mastercard APIs (Cross-Border Services, Send, Commercial Event Notifications, and the API gateway in front of them)
// send {"Errors":{"Error": <one error or an array>}}, in JSON or, when asked, in XML. `Recoverable` is a boolean or
// the string "true"/"false". Some APIs spell the keys in lower case (`errors`, `reasonCode`, `source`), send `errors`
// as a list without `error`, wrap it all in a top-level list, or send `RequestId`/`requestId` as a number.

/** `Source` values that name a system or a step, not a request field (`mids`: the Mastercard ID Service). */
const SYSTEM_SOURCE =
  /^(gateway|service|endpoint|validation|system|server|internal|mids|security\..*)$/i

/** A `Source` that is a request field path: `proposal_id`, `payment_amount.currency`, `items[0].mcc`. */
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\])?)*$/

/** An upper-case constant such as `RESOURCE_UNKNOWN`: a label, not a field. */
const CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/

/** Cross-Border additional data the sender supplies: `Additional Data-1200-Destination Service Tag`. */
const ADDITIONAL_DATA = /^additional data-\d+-/i

// Some APIs name the field only in prose:
// - quoted: "The field 'subjectType' has an invalid format.", "The supplied field: 'date' is of an unsupported
//   format", "Invalid request parameter 'correlationId': Invalid Correlation ID";
// - labelled: "Cannot find field: envt3 in message AuthorisationInitiation1";
// - leading, as bean validation words it: "acquirerICA size must be less than 11", "fromDate must match ...",
//   "footprintsByTransactionData.transactionData[0].mcc: size must be between 1 and 4".
// A quoted word right after "value" is the value sent ("Unexpected value 'Invalid' for ..."), not a field.
const QUOTED_FIELD = /(?<!\bvalue )'([^']{1,200})'/i
const LABELLED_FIELD = /\bfield:\s*([A-Za-z_][\w.[\]]{0,199})/i
const LEADING_FIELD =
  /^([a-z_][A-Za-z0-9_]*(?:\[\d+\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\])?)*)(?::\s| (?:size |query param )?must )/

function fieldFromText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const quoted = QUOTED_FIELD.exec(value)?.[1]
  // "The 'specifications[0]. fieldMappingName' field is missing." names `specifications[0].fieldMappingName`.
  if (quoted) return quoted.replace(/\s*\.\s*/g, '.').trim() || undefined
  return LABELLED_FIELD.exec(value)?.[1] ?? LEADING_FIELD.exec(value)?.[1]
}

// Some reason codes name the field: INVALID_FIELD_FORMAT_FIRST_NAME (firstName), MISSING_REQUIRED_FIELD_USER_NUMBER,
// "invalid data: countryCode", "querystring.country_code.missing".
const FIELD_IN_CONSTANT =
  /^(?:INVALID_FIELD_(?:FORMAT|VALUE|LENGTH|TYPE)|MISSING_REQUIRED_FIELD)_([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)$/
const FIELD_AFTER_LABEL = /^invalid [a-z ]{0,40}:\s*([A-Za-z_][\w.[\]]{0,199})$/i
const FIELD_IN_LOCATION = /^(?:querystring|query|body|path|header)\.([A-Za-z_]\w{0,199})\.[a-z_]+$/

function camelCase(constant: string): string {
  return constant.toLowerCase().replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase())
}

function fieldFromCode(code: string | undefined): string | undefined {
  if (code === undefined) return undefined
  const constant = FIELD_IN_CONSTANT.exec(code)?.[1]
  if (constant) return camelCase(constant)
  return FIELD_AFTER_LABEL.exec(code)?.[1] ?? FIELD_IN_LOCATION.exec(code)?.[1]
}

function fieldFromSource(source: string | undefined): string | undefined {
  if (source === undefined || SYSTEM_SOURCE.test(source)) return undefined
  if (ADDITIONAL_DATA.test(source)) return source
  return FIELD_PATH.test(source) && !CONSTANT.test(source) ? source : undefined
}

/** `error.Name`, or `error.name` as the lower-case APIs spell it. */
function pick(error: unknown, name: string): unknown {
  return prop(error, name) ?? prop(error, name[0]?.toLowerCase() + name.slice(1))
}

/** A request id to quote: text, or a number small enough to be the id that was sent (not one JSON rounded). */
function requestIdOf(value: unknown): string | undefined {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return undefined
  return text(value)
}

function detailText(details: unknown): { code?: string; text?: string } {
  const plain = text(details)
  if (plain !== undefined) return { text: plain }
  const value = text(pick(items(pick(details, 'Detail'))[0], 'Value'))
  return value === undefined ? {} : { code: value }
}

/** The wrappers that carry errors: the body, or each item of a top-level list. */
function envelopes(body: unknown): unknown[] {
  return Array.isArray(body) ? items(body) : [body]
}

/** Every error of the body, whatever its wrapping: `Errors.Error`, `errors.error`, or `Errors` as the list itself. */
function errorsOf(body: unknown): { error: unknown; envelope: unknown }[] {
  const found: { error: unknown; envelope: unknown }[] = []
  for (const envelope of envelopes(body)) {
    const errors = pick(envelope, 'Errors')
    const list = Array.isArray(errors) ? items(errors) : items(pick(errors, 'Error'))
    for (const entry of list) {
      // `Errors` as a list may hold the errors themselves or `{ Error: ... }` wrappers.
      const wrapped = pick(entry, 'Error')
      for (const error of wrapped === undefined ? [entry] : items(wrapped)) {
        if (found.length < MAX_ITEMS) found.push({ error, envelope })
      }
    }
  }
  return found
}

// Send's Payments API answers a payment it carried to the network with a 201 whatever the network said: the
// outcome is `transactionStatus` (APPROVED, DECLINED, ERROR, PENDING), the network's ISO response code
// `networkResponseCode` ("54", Expired card) with its text in `networkResponseDescription`. PENDING is a payment
// left without a status by a processing problem: not to be sent again until it is looked up.
const SEND_OUTCOMES: Record<string, PaymentOutcome> = { DECLINED: 'declined', PENDING: 'unknown' }

function readSend(body: unknown): DialectReading {
  return compact({
    outcome: SEND_OUTCOMES[String(prop(body, 'transactionStatus')).toUpperCase()],
    detail: text(prop(body, 'networkResponseCode'))?.toUpperCase(),
    message: text(prop(body, 'networkResponseDescription')),
  })
}

function read(body: unknown): DialectReading {
  if (isSend(body)) return readSend(body)
  const errors = errorsOf(body)
  const fields: FieldError[] = []
  for (const { error } of errors) {
    const description = text(pick(error, 'Description'))
    const details = detailText(pick(error, 'Details'))
    const code = text(pick(error, 'ReasonCode'))
    // The text names the field most precisely; then the code; a Source may be the application's name.
    const field =
      fieldFromText(details.text) ??
      fieldFromText(description) ??
      fieldFromCode(code) ??
      fieldFromSource(text(pick(error, 'Source')))
    if (field)
      fields.push({ field, ...compact({ code }), message: details.text ?? description ?? '' })
  }
  const first = errors[0]
  const details = detailText(pick(first?.error, 'Details'))
  const description = text(pick(first?.error, 'Description'))
  return {
    fields,
    ...compact({
      code: text(pick(first?.error, 'ReasonCode')),
      detail: details.code,
      message: description && details.text ? `${description}: ${details.text}` : description,
      reference:
        requestIdOf(pick(first?.error, 'RequestId')) ??
        requestIdOf(pick(first?.envelope, 'RequestId')),
      recoverable: flag(pick(first?.error, 'Recoverable')),
    }),
  }
}

/** A Send payment: its `transactionStatus` beside the `paymentId` Mastercard gave it. */
function isSend(body: unknown): boolean {
  return (
    typeof prop(body, 'transactionStatus') === 'string' && prop(body, 'paymentId') !== undefined
  )
}

/**
 * True for the classic `Errors.Error` with a `ReasonCode` or `Source`; for the other spellings, a reason code; and for
 * a Send payment's outcome.
 */
function detect(body: unknown): boolean {
  if (isSend(body)) return true
  return errorsOf(body).some(({ error, envelope }) => {
    if (!isBag(error)) return false
    const errors = prop(envelope, 'Errors')
    if (isBag(errors) && !Array.isArray(errors)) {
      return prop(error, 'ReasonCode') !== undefined || prop(error, 'Source') !== undefined
    }
    return typeof pick(error, 'ReasonCode') === 'string'
  })
}

/** Mastercard's XML error bodies, read into the JSON shape: `<Errors><Error>...</Error></Errors>`. */
function readText(body: string): unknown {
  if (!/^\s*(?:<\?xml[^>]*>\s*)?<errors[\s>]/i.test(body)) return undefined
  return readXml(body)
}

const rules: readonly RecourseRule[] = [
  // The gateway's DECLINED is an access problem of the merchant's keys, never a card decline.
  rule(
    'mastercard:gateway-declined',
    { code: 'DECLINED' },
    'contact-support',
    'access-denied',
    'never',
  ),
  rule(
    'mastercard:authentication',
    { code: ['AUTHENTICATION_FAILED', 'INVALID_SIGNATURE', 'user.authentication.absent'] },
    'contact-support',
    'unauthenticated',
    'never',
  ),
  rule(
    'mastercard:not-authorized',
    { code: ['subscriber.not.allowed', 'user.authorization.missing', 'user.not.authorized'] },
    'contact-support',
    'forbidden',
    'never',
  ),
  rule('mastercard:not-found', { code: 'resource.not.found' }, 'contact-support', 'not-found'),
  rule('mastercard:decline', { code: 'DECLINE' }, 'declined', 'declined', 'never'),
  // 409 on Cross-Border: a transfer with the same reference exists; on Event Notifications: idempotency key reused.
  rule(
    'mastercard:duplicate-reference',
    { status: 409 },
    'contact-support',
    'duplicate-request',
    'never',
  ),
  // Event Notifications' 406 is HTTP's Not Acceptable (the Accept header), not characters the customer typed.
  rule('mastercard:not-acceptable', { status: 406 }, 'contact-support', 'not-acceptable', 'never'),
  // Recoverable: the same request may succeed later. A refused request (4xx, e.g. a 403 outside the time window)
  // was not processed; after a 5xx (system down, timeout) only an idempotent resubmission is safe. Not a 401:
  // whatever the flag says, the same credentials will be refused again.
  rule(
    'mastercard:recoverable-refusal',
    {
      status: '4xx',
      recoverable: true,
      kind: 'contact-support',
      reason: ['forbidden', 'not-found', 'locked', 'client-error'],
    },
    'retry-later',
    'unavailable',
    'always',
  ),
  rule(
    'mastercard:recoverable',
    { status: '5xx', recoverable: true },
    'retry-later',
    'unavailable',
    'idempotent',
  ),
  // Not recoverable: the same request will fail again, whatever its method.
  rule(
    'mastercard:not-recoverable',
    { status: '5xx', recoverable: false },
    undefined,
    undefined,
    'never',
  ),
  // A Send payment declined in a 201: the network's response code says why (51, 54, N7...). The network refused it,
  // so nothing was carried out, though a 201 alone reads as a payment that may have been.
  ...[
    ...networkResponseCodeRules('mastercard'),
    rule('mastercard:send-declined', { outcome: 'declined' }),
  ].map((declined): RecourseRule => ({ ...declined, processed: 'no' })),
]

/**
 * Mastercard Cross-Border Services, Send (errors, and a payment's outcome in a 201), Commercial Event Notifications
 * and the Mastercard API gateway.
 *
 * @example
 * ```ts
 * import { mastercard } from '@recourse/core/dialects/mastercard'
 * const { classify } = createClassifier({ dialects: [mastercard] })
 * ```
 */
export const mastercard: Dialect = {
  name: 'mastercard',
  detect,
  read,
  readText,
  rules,
}
