import { en } from './locales/en.js'
import { maskSensitive } from './maskSensitive.js'
import type { CatalogReason, Copy, FieldMessageKey, MessageCatalog } from './messageCatalog.js'
import type { FieldError, Recourse, RecourseKind } from './types.js'

/** Overrides an app can lay over a catalog, part by part. */
export interface CatalogOverrides {
  kinds?: Partial<Record<RecourseKind, Partial<Copy>>>
  /** Copy per reason, including the app's own reasons from custom rules. */
  reasons?: Record<string, Partial<Copy>>
  fields?: Partial<Record<FieldMessageKey, string>>
  unlabelledFields?: Partial<Record<FieldMessageKey, string>>
  reference?: string
}

/** Options of `describe`. */
export interface DescribeOptions {
  /** The locale's catalog, e.g. `import { fr } from '@recourse/core/locales/fr'`. Default English. */
  catalog?: MessageCatalog
  /** The app's own words, laid over the catalog. */
  overrides?: CatalogOverrides
  /** Labels of the form's fields by API path, so messages can name them: `{ cvc: 'security code' }`. */
  labels?: Record<string, string>
}

/** A field error worded for the customer. */
export interface FieldDescription {
  /** The API's path of the field, as in `Recourse.fields`. */
  field: string
  message: string
}

/** The words a screen shows for a `Recourse`. */
export interface Description extends Copy {
  fields: FieldDescription[]
  /** "Reference: …", when there is a reference to quote. */
  reference?: string
}

// Which field message fits an API's code and text. Tested in order: the first match wins.
const FIELD_PATTERNS: readonly [FieldMessageKey, RegExp][] = [
  ['cvc', /cvc|cvv|security.?code/i],
  ['expired', /expired/i],
  ['expiry', /expir|exp_(month|year)/i],
  ['postcode', /zip|postal|postcode/i],
  ['number', /card.?number|(incorrect|invalid)_number/i],
  ['required', /required|missing|null|blank|empty|absent/i],
  ['length', /length|too.?(long|short)/i],
  ['format', /format|pattern|syntax/i],
  ['characters', /character/i],
]

function fieldMessageKey(field: FieldError): FieldMessageKey {
  const words = `${field.code ?? ''} ${field.field} ${field.message}`
  return FIELD_PATTERNS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'invalid'
}

function fill(template: string, name: string, value: string): string {
  return template.split(`{${name}}`).join(value)
}

/**
 * Words a `Recourse` for the customer: title, body, action and a message per field, from a catalog (English by
 * default) with the app's overrides. Server text appears only when the provider marks it safe for customers;
 * card numbers, security codes and email addresses are masked in everything it returns.
 *
 * @example
 * ```ts
 * import { fr } from '@recourse/core/locales/fr'
 *
 * const { title, body, action, fields } = describe(classify(error), { catalog: fr, labels: { cvc: 'cryptogramme' } })
 * ```
 */
export function describe(recourse: Recourse, options: DescribeOptions = {}): Description {
  const catalog = options.catalog ?? en
  const overrides = options.overrides ?? {}
  const reasonCopy = {
    ...catalog.reasons[recourse.reason as CatalogReason],
    ...overrides.reasons?.[recourse.reason],
  }
  const copy: Copy = {
    ...catalog.kinds[recourse.kind],
    ...overrides.kinds?.[recourse.kind],
    ...reasonCopy,
  }
  const description: Description = {
    title: maskSensitive(copy.title),
    // The app's own words for this reason win; then the provider's safe text; then the catalog.
    body: maskSensitive(
      overrides.reasons?.[recourse.reason]?.body ?? recourse.message ?? copy.body,
    ),
    action: maskSensitive(copy.action),
    fields: recourse.fields.map((field) => {
      const key = fieldMessageKey(field)
      // Own labels only: a server field named `constructor` must not find Object.prototype.constructor.
      const labels = options.labels
      const label =
        labels && Object.prototype.hasOwnProperty.call(labels, field.field)
          ? labels[field.field]
          : undefined
      const message = label
        ? fill(overrides.fields?.[key] ?? catalog.fields[key], 'label', label)
        : (overrides.unlabelledFields?.[key] ?? catalog.unlabelledFields[key])
      return {
        field: field.field,
        message: maskSensitive(message.charAt(0).toUpperCase() + message.slice(1)),
      }
    }),
  }
  if (recourse.reference !== undefined) {
    description.reference = maskSensitive(
      fill(overrides.reference ?? catalog.reference, 'reference', recourse.reference),
    )
  }
  return description
}
