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

/** Options of `toFieldErrors` and `applyServerErrors`: the parts of `RecourseConfig` that word fields. */
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

/**
 * The field errors of a `Recourse` as `{ [formFieldName]: message }`. The first message wins when two API errors
 * map to one form field.
 *
 * @example
 * ```ts
 * toFieldErrors(recourse, { fieldMap: { 'accounts.destinationAccount.bank.routingNumber': 'routingNumber' } })
 * // { routingNumber: 'Check this value' }
 * ```
 */
export function toFieldErrors(
  recourse: Recourse,
  options: FieldErrorOptions = {},
): Record<string, string> {
  return byName(listFieldErrors(recourse, options))
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

/** The shape of react-hook-form's `setError`, without depending on react-hook-form. */
export type SetError<TName extends string> = (
  name: TName | 'root.serverError',
  error: { type: string; message: string },
  options?: { shouldFocus: boolean },
) => void

/**
 * Puts a `Recourse` into a react-hook-form form: each field error on its field (the first one focused), and
 * anything not about a field — a decline, a temporary problem, a support case — on `root.serverError`.
 *
 * @example
 * ```ts
 * const form = useForm<Checkout>()
 * const payment = useMutation({
 *   mutationFn: pay,
 *   onError: (error) => applyServerErrors(classify(error, { method: 'POST' }), form.setError),
 * })
 * ```
 */
export function applyServerErrors<TName extends string>(
  recourse: Recourse,
  setError: SetError<TName>,
  options: FieldErrorOptions = {},
): void {
  const fields = listFieldErrors(recourse, options)
  if (recourse.kind === 'fix-input' && fields.length > 0) {
    fields.forEach(({ name, message }, index) => {
      setError(name as TName, { type: 'server', message }, { shouldFocus: index === 0 })
    })
    return
  }
  const { body } = describe(recourse, wording(options))
  setError('root.serverError', { type: recourse.reason, message: body })
}
