import { describe, type DescribeOptions, type Recourse } from '@recourse/core'
import type { RecourseConfig } from './RecourseProvider.js'

/** One field error, named as the form names the field, worded for the customer. */
export interface FormFieldError {
  /** The form's field name (mapped through `fieldMap`), or the API's path when unmapped. */
  name: string
  /** The API's path, as in `Recourse.fields`. */
  field: string
  message: string
}

/** The parts of `RecourseConfig` that word fields. */
export type FieldErrorOptions = Partial<
  Pick<RecourseConfig, 'fieldMap' | 'labels' | 'catalog' | 'overrides'>
>

/** The field errors of a `Recourse` in the form's names and the customer's words, in the API's order. */
export function listFieldErrors(
  recourse: Recourse,
  options: FieldErrorOptions = {},
): FormFieldError[] {
  // Field names come from the server: `constructor` or `__proto__` must not find Object.prototype's members.
  const nameOf = (field: string): string => ownString(options.fieldMap, field) ?? field
  // `describe` takes labels by API path; the app gives them by form field name.
  const labels: Record<string, string> = {}
  for (const { field } of recourse.fields) {
    const label = ownString(options.labels, nameOf(field))
    if (label !== undefined) setOwn(labels, field, label)
  }
  const description = describe(recourse, { labels, ...wording(options) })
  return description.fields.map(({ field, message }) => ({ name: nameOf(field), field, message }))
}

/** `{ [name]: message }`, the first message of each form field. */
export function byName(fields: readonly FormFieldError[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const { name, message } of fields) if (!hasOwn(errors, name)) setOwn(errors, name, message)
  return errors
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key)
}

/** `object[key]` when it is the object's own string: never an inherited member such as `constructor`. */
function ownString(object: Record<string, string> | undefined, key: string): string | undefined {
  if (object === undefined || !hasOwn(object, key)) return undefined
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}

/** Sets an own property, even one named `__proto__` (an assignment would set the prototype instead). */
function setOwn(object: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** The catalog and overrides `describe` takes, of those given. */
function wording({ catalog, overrides }: FieldErrorOptions): DescribeOptions {
  return { ...(catalog ? { catalog } : {}), ...(overrides ? { overrides } : {}) }
}
