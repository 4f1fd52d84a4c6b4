import { en } from './locales/en.js'
import { maskSensitive } from './maskSensitive.js'
import type { Copy, FieldMessageKey, MessageCatalog } from './messageCatalog.js'
import type { FieldError, FieldLimits, Recourse, RecourseKind } from './types.js'

/** Overrides an app can lay over a catalog, part by part. */
export interface CatalogOverrides {
  kinds?: Partial<Record<RecourseKind, Partial<Copy>>>
  /** Copy per reason, including the app's own reasons from custom rules. The app's words win over everything. */
  reasons?: Record<string, Partial<Copy>>
  fields?: Partial<Record<FieldMessageKey, string>>
  unlabelledFields?: Partial<Record<FieldMessageKey, string>>
  reference?: string
  /** `''` to never say "No payment was taken." (e.g. screens that take no payments). */
  notTaken?: string
}

/** What the app's form says about one of its fields, so a message fits the control and the hint the customer sees. */
export interface FormFieldFacts {
  /** How messages name the field: `'the billing postcode'`. Wins over `labels`. */
  label?: string
  /** A select or a set of radios/checkboxes is worded "Select …"; a text input "Enter …". Default `text`. */
  control?: 'text' | 'select' | 'choice'
  /** Limits the form already states (in its hint or its validation), used when the provider's answer states none. */
  maxLength?: number
  minLength?: number
  min?: number
  max?: number
}

/** Options of `describe`. */
export interface DescribeOptions {
  /** The locale's catalog, e.g. `import { fr } from '@recourse/core/locales/fr'`. Default English. */
  catalog?: MessageCatalog
  /** The app's own words, laid over the catalog. */
  overrides?: CatalogOverrides
  /** Labels by FORM FIELD NAME, so messages can name the fields: `{ cvc: 'the security code' }`. */
  labels?: Record<string, string>
  /** API path -> form field name (React's `fieldMap`): `{ 'card.securityCode': 'cvc' }`. Unmapped paths are names. */
  fieldNames?: Record<string, string>
  /** What the form says about each field, by form field name. */
  fields?: Record<string, FormFieldFacts>
  /**
   * What failed: a query, a mutation, or an error given alone. A `query` only read data, so its words never speak of
   * a payment ("No payment was taken").
   */
  origin?: 'query' | 'mutation' | 'error' | undefined
}

/** A field error worded for the customer. */
export interface FieldDescription {
  /** The API's path of the field, as in `Recourse.fields`. */
  field: string
  message: string
  /** The form's name for the field (through `fieldNames`), or the API's path when unmapped. */
  name: string
}

/** The words a screen shows for a `Recourse`. */
export interface Description extends Copy {
  fields: FieldDescription[]
  /** "Reference: …", when there is a reference to quote. Show it as it is: it carries its own introduction. */
  reference?: string
}

/** What a field is: card fields and amounts have words of their own. */
type Subject = 'cvc' | 'number' | 'expiry' | 'postcode' | 'amount' | 'other'

/** What is wrong with a field, read from the provider's code and text. */
type Problem =
  | 'required'
  | 'expired'
  | 'tooLong'
  | 'tooShort'
  | 'length'
  | 'tooSmall'
  | 'tooLarge'
  | 'format'
  | 'characters'
  | 'invalid'

// The field, from its path and code. Tested in order: the first match wins.
const SUBJECTS: readonly [Subject, RegExp][] = [
  ['cvc', /cvc|cvv|cvx|security.?code/i],
  ['expiry', /expir|exp_(month|year)/i],
  ['postcode', /zip|postal|postcode/i],
  [
    'number',
    /card.?number|accountnumber|(incorrect|invalid)_number|(^|[.[])number\]?$|(^|[._])pan$/i,
  ],
  ['amount', /(^|[._[])amount($|[._\]])/i],
]

// The card reasons name the field when the path does not.
const REASON_SUBJECTS: Record<string, Subject> = {
  'incorrect-cvc': 'cvc',
  'incorrect-number': 'number',
  'incorrect-expiry': 'expiry',
  'expired-card': 'expiry',
  'incorrect-postcode': 'postcode',
}

// What is wrong, from the provider's code and text. Tested in order: the first match wins.
const PROBLEMS: readonly [Problem, RegExp][] = [
  ['expired', /expired/i],
  ['required', /required|missing|\bnull\b|blank|empty|absent|must not be null/i],
  ['tooLong', /too.?long|exceeds? (the )?(max(imum)?.)?length|max.?length|at most \d+ characters/i],
  ['tooShort', /too.?short|min.?length|at least \d+ characters/i],
  ['length', /length|size must|characters long/i],
  ['tooSmall', /too.?small|too.?low|at least|minimum|greater than|below/i],
  ['tooLarge', /too.?large|too.?high|too.?big|at most|maximum|less than|exceed/i],
  ['format', /format|pattern|syntax/i],
  ['characters', /character/i],
]

/** "size must be between 1 and 4", "length must be between 5 and 10": a length range stated in the text. */
const LENGTH_RANGE = /(?:size|length)\D{0,20}between (\d{1,6}) and (\d{1,6})/i

/** `object[key]` when it is the object's own property: a server field named `constructor` finds nothing. */
function own<T>(object: Record<string, T> | undefined, key: string): T | undefined {
  return object !== undefined && object !== null && Object.hasOwn(object, key)
    ? object[key]
    : undefined
}

function ownText(object: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = own(object, key)
  return typeof value === 'string' && value.trim() ? value : undefined
}

function ownCount(object: object | undefined, key: string): number | undefined {
  const value = object ? own(object as Record<string, unknown>, key) : undefined
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function subjectOf(field: FieldError, reason: string): Subject {
  // The path and the code are tested apart: each pattern anchors on a path's or a code's own edges.
  const found = SUBJECTS.find(
    ([, pattern]) => pattern.test(field.field) || pattern.test(field.code ?? ''),
  )
  return found?.[0] ?? REASON_SUBJECTS[reason] ?? 'other'
}

function problemOf(field: FieldError, reason: string): Problem {
  const words = `${field.code ?? ''} ${field.message}`
  return (
    PROBLEMS.find(([, pattern]) => pattern.test(words))?.[0] ??
    (reason === 'expired-card'
      ? 'expired'
      : reason === 'invalid-characters'
        ? 'characters'
        : 'invalid')
  )
}

/** The number as the locale writes it; a catalog with a tag Intl does not know gets plain digits. */
function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value)
  } catch {
    return String(value)
  }
}

/** The limits that apply: the provider's, then those the app states. */
function limitsOf(field: FieldError, facts: FormFieldFacts | undefined, locale: string): Limits {
  const stated: FieldLimits = field.limits ?? {}
  const range = LENGTH_RANGE.exec(field.message)
  const count = (key: 'minLength' | 'maxLength', fromText: string | undefined) =>
    ownCount(stated, key) ??
    (fromText === undefined ? undefined : Number(fromText)) ??
    ownCount(facts, key)
  const value = (key: 'min' | 'max'): string | undefined => {
    const provider = ownText(stated as Record<string, unknown>, key)
    if (provider !== undefined) return provider
    const app = ownCount(facts, key)
    return app === undefined ? undefined : formatNumber(app, locale)
  }
  return {
    minLength: count('minLength', range?.[1]),
    maxLength: count('maxLength', range?.[2]),
    min: value('min'),
    max: value('max'),
  }
}

interface Limits {
  minLength: number | undefined
  maxLength: number | undefined
  min: string | undefined
  max: string | undefined
}

/** The catalog message for a field: its subject's own words, or its problem's with the limits known. */
function messageKey(
  subject: Subject,
  problem: Problem,
  limits: Limits,
  control: string,
): FieldMessageKey {
  // Card fields: one message says what the customer must type, whatever the provider found wrong with it.
  if (subject === 'cvc' || subject === 'number') return subject
  if (subject === 'expiry') return problem === 'expired' ? 'expired' : 'expiry'
  if (problem === 'expired') return 'expired'
  if (control === 'select' || control === 'choice') return 'select'
  if (subject === 'amount') {
    if (problem === 'tooSmall') return limits.min === undefined ? 'amountTooSmall' : 'amountMin'
    if (problem === 'tooLarge') return limits.max === undefined ? 'amountTooLarge' : 'amountMax'
    if (problem === 'invalid' || problem === 'format') return 'amount'
  }
  const { minLength, maxLength } = limits
  switch (problem) {
    case 'tooLong':
      return maxLength === undefined ? 'tooLong' : 'maxLength'
    case 'tooShort':
      return minLength === undefined ? 'tooShort' : 'minLength'
    case 'length':
      if (minLength !== undefined && maxLength !== undefined) return 'lengthRange'
      return maxLength !== undefined
        ? 'maxLength'
        : minLength !== undefined
          ? 'minLength'
          : 'length'
    case 'tooSmall':
      return limits.min === undefined ? 'tooSmall' : 'min'
    case 'tooLarge':
      return limits.max === undefined ? 'tooLarge' : 'max'
    case 'invalid':
      return subject === 'postcode' ? 'postcode' : 'invalid'
    default:
      return problem
  }
}

function fill(template: string, name: string, value: string): string {
  return template.split(`{${name}}`).join(value)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const KINDS: readonly RecourseKind[] = ['fix-input', 'declined', 'retry-later', 'contact-support']

/** Reasons that are temporary by nature: their words offer another attempt, whatever kind an app's rule gives them. */
const TEMPORARY_REASONS = new Set([
  'rate-limited',
  'unavailable',
  'bad-gateway',
  'gateway-timeout',
  'request-timeout',
  'too-early',
  'timeout',
  'network-error',
  'offline',
  'aborted',
  'issuer-unavailable',
  'request-in-progress',
])

/**
 * The copy for a failure. A temporary failure that must not be sent again is never worded "try again": with no
 * payment taken it is `cannotRetry`, otherwise the unknown outcome's words. The app's own words win last.
 */
function copyOf(recourse: Recourse, catalog: MessageCatalog, overrides: CatalogOverrides): Copy {
  const kind = KINDS.includes(recourse.kind) ? recourse.kind : 'contact-support'
  const reason = String(recourse.reason)
  const kindCopy = { ...catalog.kinds[kind], ...own(overrides.kinds, kind) }
  const cannotRepeat =
    (kind === 'retry-later' || TEMPORARY_REASONS.has(reason)) && recourse.retry.allowed !== true
  const catalogCopy = !cannotRepeat
    ? { ...kindCopy, ...own(catalog.reasons as Record<string, Partial<Copy>>, reason) }
    : recourse.processed === 'no'
      ? { ...kindCopy, ...(catalog.cannotRetry ?? en.cannotRetry) }
      : { ...catalog.kinds['contact-support'], ...catalog.reasons['outcome-unknown'] }
  return { ...catalogCopy, ...own(overrides.reasons, reason) }
}

/**
 * Words a `Recourse` for the customer: title, body, action and a message per field, from a catalog (English by
 * default) with the app's overrides. The words are always the catalog's, whatever the provider: its own text stays
 * in `Recourse.message` for the app to use if it wants. Field messages say what is wrong and how to fix it, with the
 * limits the provider's answer or the form states. Card numbers, security codes and email addresses are masked in
 * everything it returns. Never throws.
 *
 * @example
 * ```ts
 * import { fr } from '@recourse/core/locales/fr'
 *
 * const { title, body, action, fields } = describe(classify(error), {
 *   catalog: fr,
 *   fieldNames: { 'card.cvc': 'cvc' },
 *   fields: { cvc: { label: 'le cryptogramme' }, country: { label: 'le pays', control: 'select' } },
 * })
 * ```
 */
export function describe(recourse: Recourse, options: DescribeOptions = {}): Description {
  const catalog = options.catalog ?? en
  const overrides = options.overrides ?? {}
  const copy = copyOf(recourse, catalog, overrides)
  const appBody = own(overrides.reasons, String(recourse.reason))?.body
  // (A catalog written before `notTaken` existed says nothing rather than English.)
  const notTaken = overrides.notTaken ?? catalog.notTaken ?? ''
  // Said only when known, on a decline, a support case or a stop: not on details to correct, nor beside "try again"
  // (which is safe whatever happened), nor for a query (a list or a balance takes no payment).
  const saysNotTaken =
    options.origin !== 'query' &&
    recourse.processed === 'no' &&
    recourse.kind !== 'fix-input' &&
    (recourse.kind !== 'retry-later' || recourse.retry.allowed !== true) &&
    appBody === undefined &&
    notTaken !== '' &&
    !copy.body.includes(notTaken)
  const description: Description = {
    title: maskSensitive(copy.title),
    body: maskSensitive(saysNotTaken ? `${notTaken} ${copy.body}` : copy.body),
    action: maskSensitive(copy.action),
    fields: (recourse.fields ?? []).map((field) =>
      describeField(field, recourse, catalog, overrides, options),
    ),
  }
  if (recourse.reference !== undefined) {
    description.reference = maskSensitive(
      fill(overrides.reference ?? catalog.reference, 'reference', recourse.reference),
    )
  }
  return description
}

function describeField(
  field: FieldError,
  recourse: Recourse,
  catalog: MessageCatalog,
  overrides: CatalogOverrides,
  options: DescribeOptions,
): FieldDescription {
  const reason = String(recourse.reason)
  const name = ownText(options.fieldNames, field.field) ?? field.field
  const facts = own(options.fields, name)
  const factsBag = facts !== null && typeof facts === 'object' ? facts : undefined
  const label =
    ownText(factsBag as Record<string, unknown> | undefined, 'label') ??
    ownText(options.labels, name)
  const control = ownText(factsBag as Record<string, unknown> | undefined, 'control') ?? 'text'
  const limits = limitsOf(field, factsBag, catalog.locale)
  const key = messageKey(subjectOf(field, reason), problemOf(field, reason), limits, control)
  let message = label
    ? fill(own(overrides.fields, key) ?? own(catalog.fields, key) ?? en.fields[key], 'label', label)
    : (own(overrides.unlabelledFields, key) ??
      own(catalog.unlabelledFields, key) ??
      en.unlabelledFields[key])
  // Length messages count characters; the others quote a value ("£0.50", "1").
  const counts = key === 'maxLength' || key === 'minLength' || key === 'lengthRange'
  message = fill(message, 'min', (counts ? String(limits.minLength) : limits.min) ?? '')
  message = fill(message, 'max', (counts ? String(limits.maxLength) : limits.max) ?? '')
  return { field: field.field, message: maskSensitive(capitalise(message)), name }
}
