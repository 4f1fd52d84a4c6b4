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
import type { Dialect, DialectReading, FieldError, RecourseKind, RecourseRule } from '../types.js'
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

/**
 * The field an error names; none for `base` (the object as a whole) nor for the client token's
 * `authorizationFingerprint` (the app's credential, nothing a customer types).
 */
const fieldAt = (prefix: string, name: string | undefined): string | undefined =>
  !name || /^(base|authorizationFingerprint)$/.test(name) ? undefined : join(prefix, name)

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
      prop(extensions, 'errorType') === 'developer_error' || !segments.length
        ? undefined
        : segments.join('.')
    push(found, field, error)
  }
}

/** What the three shapes' readings share. */
function reading(body: unknown, found: Found[], message: string | undefined): DialectReading {
  return {
    // `compact` left `field` out where there is none.
    fields: found.filter((error): error is FieldError => error.field !== undefined),
    messageSafe: false,
    ...compact({
      type: firstText(
        path(items(prop(body, 'errors'))[0], 'extensions'),
        'errorClass',
        'errorType',
      ),
      code: found[0]?.code,
      message: found[0]?.message || message,
      reference: firstText(prop(body, 'extensions'), 'requestId'),
    }),
  }
}

/** The client API's and GraphQL's JSON. */
function read(body: unknown): DialectReading {
  const found: Found[] = []
  walkClient(prop(body, 'fieldErrors'), '', 0, found)
  readGraphql(prop(body, 'errors'), found)
  return reading(body, found, firstText(prop(body, 'error'), 'message'))
}

/** The gateway's `api-error-response` (read from XML), else the JSON shapes. */
function readGateway(body: unknown): DialectReading {
  const gateway = prop(body, 'api-error-response')
  if (!isBag(gateway)) return read(body)
  const found: Found[] = []
  walkGateway(prop(gateway, 'errors'), '', 0, found)
  const result = reading(body, found, firstText(gateway, 'message'))
  // A processor decline: the transaction (or card verification) the gateway refused, its id the reference.
  const payment = prop(gateway, 'transaction') ?? prop(gateway, 'verification')
  const declined = /declined|rejected/.test(firstText(payment, 'status') ?? '')
  return {
    ...result,
    ...compact({
      code: result.code ?? firstText(payment, 'processor-response-code'),
      reference: declined ? firstText(payment, 'id') : undefined,
      outcome: declined ? ('declined' as const) : undefined,
    }),
  }
}

/** The gateway's XML, read into the same shape as JSON: `{ 'api-error-response': { … } }`. */
function readText(body: string): unknown {
  if (!/^\s*(?:<\?xml[^>]*>\s*)?<api-error-response[\s>]/.test(body)) return undefined
  return readXml(body)
}

// What a code or a GraphQL error class means: kind, reason, then the validation codes (the SDKs'
// ValidationErrorCode lists) or the error classes (the SDKs' GraphQLClient). AUTHENTICATION, AUTHORIZATION and
// NOT_FOUND are left to the fallback below (contact support, as their own reasons would say too): size.
const MEANINGS = [
  'fix-input incorrect-cvc 81706 81707 81736',
  'fix-input incorrect-postcode 81737',
  'fix-input incorrect-expiry 81709 81710 81711 81712 81713',
  'fix-input incorrect-number 81714 81715 81716',
  'declined card-not-supported 81703',
  // 81724: the card is in the vault already and the merchant refuses duplicates: nothing for the customer to retype.
  'contact-support duplicate-account 81724',
  'retry-later rate-limited RESOURCE_LIMIT',
  'retry-later unavailable SERVICE_AVAILABILITY',
  'contact-support configuration-error developer_error UNSUPPORTED_CLIENT',
]

// The gateway's processor response codes (https://developer.paypal.com/braintree/articles/control-panel/
// transactions/declines): 2000-2099 are declines, those not listed plain ones.
const PROCESSOR_MEANINGS = [
  'fix-input incorrect-cvc 2010',
  'fix-input incorrect-postcode 2059 2060',
  'fix-input incorrect-expiry 2006',
  'fix-input incorrect-number 2005 2008',
  'declined insufficient-funds 2001',
  'declined limit-exceeded 2002 2003',
  'declined expired-card 2004',
  'declined card-not-supported 2015 2023 2024',
  'declined authentication-required 2099',
  'contact-support duplicate-request 2016',
  // "Processor Network Unavailable - Try Again": refused before it reached the issuer.
  'retry-later unavailable 3000',
]

/** Rules from a table (by code when the values are numbers, else by GraphQL error class or type), then `after`. */
function rulesOf(
  rows: readonly string[],
  prefix: string,
  after: readonly RecourseRule[],
): RecourseRule[] {
  const made = rows.map((row) => {
    const [kind, reason, ...values] = row.split(' ') as [RecourseKind, string, string]
    // Named by its first value: `braintree:81706`, `braintree:RESOURCE_LIMIT`, `braintree:processor-2010`.
    return rule(
      `braintree:${prefix}${values[0]}`,
      /^\d/.test(values[0]) ? { code: values } : { type: values },
      kind,
      reason,
      kind === 'retry-later' ? 'always' : undefined,
    )
  })
  return [...made, ...after]
}

const rules: readonly RecourseRule[] = rulesOf(MEANINGS, '', [
  // Like a 500: a mutation may have been carried out.
  rule(
    'braintree:INTERNAL',
    { type: 'INTERNAL' },
    'contact-support',
    'server-error',
    'idempotent',
    true,
  ),
  // A GraphQL error inside a 200: the fields the customer can fix, else a request the app built wrong.
  rule(
    'braintree:graphql-fields',
    { reason: 'not-a-failure', hasFields: true },
    'fix-input',
    'invalid-input',
  ),
  rule('braintree:graphql-error', { reason: 'not-a-failure' }, 'contact-support', 'bad-request'),
])

/**
 * The client API's `{ error, fieldErrors }`, and GraphQL's `errors` beside `extensions.requestId` (which Braintree's
 * GraphQL guide says every response carries).
 */
function detect(body: unknown): boolean {
  return (
    (Array.isArray(prop(body, 'fieldErrors')) && isBag(prop(body, 'error'))) ||
    (Array.isArray(prop(body, 'errors')) &&
      text(path(body, 'extensions', 'requestId')) !== undefined)
  )
}

/**
 * Braintree's JSON APIs, the ones a checkout page calls: the client API's `fieldErrors` (422) and GraphQL `errors`
 * (200). Without the gateway's XML: see `braintreeGateway`.
 *
 * @example
 * ```ts
 * import { braintree } from '@recourse/core/dialects/braintree'
 * const { classify } = createClassifier({ dialects: [braintree] })
 * ```
 */
export const braintree: Dialect = { name: 'braintree', detect, read, rules }

/**
 * Braintree, every shape: also the gateway's `<api-error-response>` (XML, as the server SDKs receive it, for apps
 * that pass it on), read with the bounded XML reader.
 *
 * @example
 * ```ts
 * import { braintreeGateway } from '@recourse/core/dialects/braintree'
 * const { classify } = createClassifier({ dialects: [braintreeGateway] })
 * ```
 */
export const braintreeGateway: Dialect = {
  name: 'braintree',
  detect: (body) => isBag(prop(body, 'api-error-response')) || detect(body),
  read: readGateway,
  readText,
  // Pure: a bundle without `braintreeGateway` leaves the processor table out.
  rules: /* @__PURE__ */ rulesOf(PROCESSOR_MEANINGS, 'processor-', rules),
}
