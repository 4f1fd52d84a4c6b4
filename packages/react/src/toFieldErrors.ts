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
  const fieldMap = options.fieldMap ?? {}
  const nameOf = (field: string): string => fieldMap[field] ?? field
  // `describe` takes labels by API path; the app gives them by form field name.
  const labels: Record<string, string> = {}
  for (const { field } of recourse.fields) {
    const label = options.labels?.[nameOf(field)]
    if (label !== undefined) labels[field] = label
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
  for (const { name, message } of fields) errors[name] ??= message
  return errors
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
