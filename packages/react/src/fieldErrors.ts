import { describe, type Description, type DescribeOptions, type Recourse } from '@recourse/core'
import type { RecourseConfig } from './RecourseProvider.js'

/** One field error, named as the form names the field, worded for the customer. */
export interface FormFieldError {
  /** The form's field name (mapped through `fieldMap`), or the API's path when unmapped. */
  name: string
  /** The API's path, as in `Recourse.fields`. */
  field: string
  message: string
}

/** The parts of `RecourseConfig` that word fields, and what the form says about its fields (`control`, limits). */
export type FieldErrorOptions = Partial<
  Pick<RecourseConfig, 'fieldMap' | 'labels' | 'catalog' | 'overrides'>
> & { fields?: DescribeOptions['fields'] }

/** `describe`'s options for a form: the catalog and overrides, and its fields' names, labels and facts. */
export function formDescribeOptions(options: FieldErrorOptions): DescribeOptions {
  const { fieldMap, labels, fields, catalog, overrides } = options
  // `describe` reads an option left undefined as one not given.
  return { catalog, overrides, fieldNames: fieldMap, labels, fields } as DescribeOptions
}

/** A description's field messages as the form's errors, in the API's order. */
export function formFieldErrors(description: Description): FormFieldError[] {
  return description.fields.map(({ name, field, message }) => ({ name, field, message }))
}

/** The field errors of a `Recourse` in the form's names and the customer's words, in the API's order. */
export function listFieldErrors(
  recourse: Recourse,
  options: FieldErrorOptions = {},
): FormFieldError[] {
  return formFieldErrors(describe(recourse, formDescribeOptions(options)))
}

/** `{ [name]: message }`, the first message of each form field. */
export function byName(fields: readonly FormFieldError[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const { name, message } of fields)
    if (!Object.hasOwn(errors, name)) setOwn(errors, name, message)
  return errors
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
