import { compact, firstText, flag, items, path, prop, text } from '../access.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, FieldError, RecourseRule } from '../types.js'

// Mastercard APIs (Cross-Border Services, Commercial Event Notifications, and the API gateway in front of both)
// send {"Errors":{"Error": <one error or an array>}}. `Recoverable` is a boolean or the string "true"/"false".

/** `Source` values that name a system, not a request field. */
const SYSTEM_SOURCE = /\s|^(gateway|security\..*|system|server|internal)$/i

// Commercial Event Notifications name the field only in prose: "The field 'subjectType' has an invalid format.",
// "'subjectType' must not be null.", "The 'active' field is missing.", "The 'consumerKey' parameter has ...".
const QUOTED_FIELD = /'([^']{1,200})'/

function fieldFromText(value: string | undefined): string | undefined {
  const quoted = value && QUOTED_FIELD.exec(value)?.[1]
  // "The 'specifications[0]. fieldMappingName' field is missing." names `specifications[0].fieldMappingName`.
  return quoted ? quoted.replace(/\s*\.\s*/g, '.').trim() : undefined
}

function detailText(details: unknown): { code?: string; text?: string } {
  const plain = text(details)
  if (plain !== undefined) return { text: plain }
  const first = items(prop(details, 'Detail'))[0]
  const value = firstText(first, 'Value')
  return value === undefined ? {} : { code: value }
}

function read(body: unknown): DialectReading {
  const errors = items(path(body, 'Errors', 'Error'))
  const first = errors[0]
  const fields: FieldError[] = []
  for (const error of errors) {
    const source = firstText(error, 'Source')
    const description = firstText(error, 'Description') ?? ''
    const details = detailText(prop(error, 'Details'))
    const field =
      source && !SYSTEM_SOURCE.test(source)
        ? source
        : (fieldFromText(details.text) ?? fieldFromText(description))
    if (field) {
      const code = firstText(error, 'ReasonCode')
      fields.push({
        field,
        ...(code === undefined ? {} : { code }),
        message: details.text ?? description,
      })
    }
  }
  const details = detailText(prop(first, 'Details'))
  const description = firstText(first, 'Description')
  return {
    fields,
    ...compact({
      code: firstText(first, 'ReasonCode'),
      detail: details.code,
      message: description && details.text ? `${description}: ${details.text}` : description,
      reference: firstText(first, 'RequestId'),
      recoverable: flag(prop(first, 'Recoverable')),
    }),
  }
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
  // was not processed; after a 5xx (system down, timeout) only an idempotent resubmission is safe.
  rule(
    'mastercard:recoverable-refusal',
    { status: '4xx', recoverable: true, kind: 'contact-support' },
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
]

/** Mastercard Cross-Border Services, Commercial Event Notifications and the Mastercard API gateway. */
export const mastercard: Dialect = {
  name: 'mastercard',
  detect: (body) =>
    items(path(body, 'Errors', 'Error')).some(
      (error) => prop(error, 'ReasonCode') !== undefined || prop(error, 'Source') !== undefined,
    ),
  read,
  rules,
}
