import {
  compact,
  entries,
  firstText,
  isBag,
  items,
  MAX_ITEMS,
  path,
  prop,
  text,
} from '../access.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, FieldError, RecourseRule } from '../types.js'
import { readXml } from '../xmlReader.js'

// Braintree answers in three shapes:
// - the gateway (what the server SDKs call), a 422 in XML: <api-error-response><message>…</message><errors>
//   <customer><errors type="array"><error><code>81608</code><attribute>first_name</attribute><message>…</message>
//   </error></errors><credit-card>…</credit-card></customer></errors>: errors nested per object, as in the request.
//   A processor decline is a <transaction> or <verification> beside them, with `status` processor_declined and
//   `processor-response-code`/`processor-response-text`;
// - the client API (what the mobile and web SDKs call), a 422 in JSON: {"error":{"message":"…"},"fieldErrors":
//   [{"field":"creditCard","fieldErrors":[{"field":"number","code":"81724","message":"…"}]}]};
// - GraphQL, a 200: {"errors":[{"message":"…","extensions":{"errorClass":"VALIDATION","errorType":"user_error",
//   "legacyCode":"81736","inputPath":["input","creditCard","cvv"]}}],"extensions":{"requestId":"…"}}.
// The codes are one list for all three (the SDKs' ValidationErrorCode). `base` is an error on the object as a
// whole, not on a field. Messages are for developers: none is marked safe.

/** Deepest object nesting walked in a gateway body (the request's own nesting is three or four deep). */
const MAX_DEPTH = 8

interface Found {
  field?: string
  code?: string
  message: string
}

function push(found: Found[], field: string | undefined, item: unknown): void {
  if (found.length >= MAX_ITEMS) return
  const code = firstText(item, 'code') ?? firstText(prop(item, 'extensions'), 'legacyCode')
  found.push({
    ...compact({ field, code }),
    message: firstText(item, 'message') ?? '',
  })
}

const join = (prefix: string, name: string): string => (prefix ? `${prefix}.${name}` : name)

/** The field an error names, none for `base` (the object as a whole). */
const fieldAt = (prefix: string, name: string | undefined): string | undefined =>
  name === undefined || name === 'base' ? undefined : join(prefix, name)

/** The gateway's nesting: each object's `errors.error` list, then its child objects, in the order sent. */
function walkGateway(node: unknown, prefix: string, depth: number, found: Found[]): void {
  if (depth > MAX_DEPTH) return
  for (const [key, value] of entries(node)) {
    if (key === 'errors') {
      for (const error of items(prop(value, 'error'))) {
        push(found, fieldAt(prefix, firstText(error, 'attribute')), error)
      }
    } else if (isBag(value))
      walkGateway(value, join(prefix, key.replace(/-/g, '_')), depth + 1, found)
  }
}

/** The client API's `fieldErrors`, nested the same way. */
function walkClient(list: unknown, prefix: string, depth: number, found: Found[]): void {
  if (depth > MAX_DEPTH) return
  for (const item of items(list)) {
    const name = firstText(item, 'field')
    const nested = prop(item, 'fieldErrors')
    if (Array.isArray(nested)) walkClient(nested, join(prefix, name ?? ''), depth + 1, found)
    else push(found, fieldAt(prefix, name), item)
  }
}

/** GraphQL: `inputPath` without the variable's name (`input`); none for a developer's mistake. */
function readGraphql(errors: unknown, found: Found[]): void {
  for (const error of items(errors)) {
    const extensions = prop(error, 'extensions')
    const segments = items(prop(extensions, 'inputPath')).map(text).slice(1)
    const field =
      text(prop(extensions, 'errorType')) === 'developer_error' || !segments.length
        ? undefined
        : segments.join('.')
    push(found, field, error)
  }
}

function read(body: unknown): DialectReading {
  const found: Found[] = []
  const gateway = prop(body, 'api-error-response')
  walkGateway(prop(gateway, 'errors'), '', 0, found)
  walkClient(prop(body, 'fieldErrors'), '', 0, found)
  readGraphql(prop(body, 'errors'), found)
  const extensions = prop(items(prop(body, 'errors'))[0], 'extensions')
  // A processor decline: the transaction (or card verification) the gateway refused.
  const payment = prop(gateway, 'transaction') ?? prop(gateway, 'verification')
  const declined = /declined|rejected/.test(firstText(payment, 'status') ?? '')
  const fields: FieldError[] = []
  for (const { field, code, message } of found) {
    if (field !== undefined) fields.push({ field, ...compact({ code }), message })
  }
  return {
    fields,
    messageSafe: false,
    ...compact({
      type: firstText(extensions, 'errorClass', 'errorType'),
      code: found[0]?.code ?? firstText(payment, 'processor-response-code'),
      detail: firstText(payment, 'gateway-rejection-reason'),
      message:
        found[0]?.message ||
        firstText(gateway, 'message') ||
        firstText(prop(body, 'error'), 'message'),
      reference:
        firstText(prop(body, 'extensions'), 'requestId') ??
        (declined ? firstText(payment, 'id') : undefined),
      outcome: declined ? ('declined' as const) : undefined,
    }),
  }
}

/** The gateway's XML, read into the same shape as JSON: `{ 'api-error-response': { … } }`. */
function readText(body: string): unknown {
  if (!/^\s*(?:<\?xml[^>]*>\s*)?<api-error-response[\s>]/.test(body)) return undefined
  return readXml(body)
}

// Validation codes from the SDKs' ValidationErrorCode lists; processor response codes from
// https://developer.paypal.com/braintree/articles/control-panel/transactions/declines.
const rules: readonly RecourseRule[] = [
  rule(
    'braintree:cvv',
    { code: ['81706', '81707', '81736', '2010'] },
    'fix-input',
    'incorrect-cvc',
  ),
  rule(
    'braintree:postcode',
    { code: ['81737', '2059', '2060'] },
    'fix-input',
    'incorrect-postcode',
  ),
  rule(
    'braintree:expiry',
    { code: ['81709', '81710', '81711', '81712', '81713', '2006'] },
    'fix-input',
    'incorrect-expiry',
  ),
  rule(
    'braintree:card-number',
    { code: ['81714', '81715', '81716', '2005', '2008'] },
    'fix-input',
    'incorrect-number',
  ),
  rule('braintree:insufficient-funds', { code: '2001' }, 'declined', 'insufficient-funds'),
  rule('braintree:limit', { code: ['2002', '2003'] }, 'declined', 'limit-exceeded'),
  rule('braintree:card-expired', { code: '2004' }, 'declined', 'expired-card'),
  rule(
    'braintree:not-supported',
    { code: ['81703', '2015', '2023', '2024'] },
    'declined',
    'card-not-supported',
  ),
  rule('braintree:authentication', { code: '2099' }, 'declined', 'authentication-required'),
  // The card is in the vault already, and the merchant refuses duplicates: nothing for the customer to retype.
  rule(
    'braintree:duplicate-card',
    { code: '81724' },
    'contact-support',
    'duplicate-account',
    'never',
  ),
  rule('braintree:duplicate', { code: '2016' }, 'contact-support', 'duplicate-request', 'never'),
  // "Processor Network Unavailable – Try Again": refused before it reached the issuer.
  rule('braintree:processor-unavailable', { code: '3000' }, 'retry-later', 'unavailable', 'always'),
  rule('braintree:gateway-cvv', { detail: 'cvv' }, 'fix-input', 'incorrect-cvc'),
  rule(
    'braintree:gateway-avs',
    { detail: ['avs', 'avs_and_cvv'] },
    'fix-input',
    'incorrect-postcode',
  ),
  // GraphQL's error classes (the SDKs' GraphQLClient).
  rule(
    'braintree:resource-limit',
    { type: 'RESOURCE_LIMIT' },
    'retry-later',
    'rate-limited',
    'always',
  ),
  rule(
    'braintree:unavailable',
    { type: 'SERVICE_AVAILABILITY' },
    'retry-later',
    'unavailable',
    'always',
  ),
  // Like a 500: a mutation may have been carried out.
  rule(
    'braintree:internal',
    { type: 'INTERNAL' },
    'contact-support',
    'server-error',
    'idempotent',
    true,
  ),
  rule(
    'braintree:authentication-error',
    { type: 'AUTHENTICATION' },
    'contact-support',
    'unauthenticated',
  ),
  rule('braintree:authorization', { type: 'AUTHORIZATION' }, 'contact-support', 'forbidden'),
  rule('braintree:not-found', { type: 'NOT_FOUND' }, 'contact-support', 'not-found'),
  rule(
    'braintree:developer-error',
    { type: ['developer_error', 'UNSUPPORTED_CLIENT'] },
    'contact-support',
    'configuration-error',
  ),
  // A GraphQL error inside a 200: the fields the customer can fix, else a request the app built wrong.
  rule(
    'braintree:graphql-fields',
    { reason: 'not-a-failure', hasFields: true },
    'fix-input',
    'invalid-input',
  ),
  rule('braintree:graphql-error', { reason: 'not-a-failure' }, 'contact-support', 'bad-request'),
]

/** Braintree: the gateway's `api-error-response` (XML), the client API's `fieldErrors`, GraphQL `errors`. */
export const braintree: Dialect = {
  name: 'braintree',
  detect: (body) =>
    isBag(prop(body, 'api-error-response')) ||
    (Array.isArray(prop(body, 'fieldErrors')) && isBag(prop(body, 'error'))) ||
    (Array.isArray(prop(body, 'errors')) &&
      (text(path(body, 'extensions', 'requestId')) !== undefined ||
        items(prop(body, 'errors')).some(
          (error) => text(path(error, 'extensions', 'legacyCode')) !== undefined,
        ))),
  read,
  readText,
  rules,
}
