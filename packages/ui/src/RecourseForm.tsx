'use client'

import { describe, type FormFieldFacts } from '@recourse/core'
import { useRecourseConfig, type RecourseView } from '@recourse/react'
import { Form, VisuallyHidden } from 'radix-ui'
import { composeEventHandlers, useComposedRefs } from 'radix-ui/internal'
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import { FormContext, useFormContext, type FormContextValue } from './internal/form.js'

const ROOT_NAME = 'RecourseForm.Root'
const FIELD_NAME = 'RecourseForm.Field'

const NO_NAMES: ReadonlySet<string> = new Set()

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseForm.Root`: Radix `Form.Root`'s, plus the failure to show. */
export interface RootProps extends ComponentPropsWithoutRef<typeof Form.Root> {
  /** What `useRecourse` returned. Its field errors go on the fields; other kinds are left to `RecourseNotice`. */
  view?: RecourseView | undefined
  /**
   * GOV.UK's page title while the form shows errors: "Error: " before `document.title`, taken off again when they
   * are gone. Opt-in: one form per page should do it.
   */
  prefixTitle?: boolean
}

/**
 * A Radix form that shows a failure's field errors on its fields — each control `aria-invalid`, with its message —
 * and clears a field's error as soon as the customer edits it, keeping what they typed. After each failure, focus
 * moves once: to the `ErrorSummary.Root` inside it (GOV.UK), or without one to the first invalid control.
 * `noValidate` by default: Recourse's messages, not the browser's bubbles.
 *
 * @example
 * ```tsx
 * const payment = usePaymentMutation({ mutationFn: pay })
 * const view = useRecourse(payment)
 * <RecourseForm.Root view={view} onSubmit={(event) => { event.preventDefault(); payment.mutate(read(event)) }}>
 *   <ErrorSummary.Root />
 *   <RecourseForm.Field name="cardNumber" label="Card number"><input autoComplete="cc-number" /></RecourseForm.Field>
 *   {view && <RecourseNotice.Root view={view} />}
 *   <button>Pay</button>
 * </RecourseForm.Root>
 * ```
 */
export const Root = forwardRef<HTMLFormElement, RootProps>(function Root(
  { view, prefixTitle = false, noValidate = true, children, ...props },
  forwardedRef,
) {
  const element = useRef<HTMLFormElement>(null)
  const ref = useComposedRefs(forwardedRef, element)
  const config = useRecourseConfig()
  const failure = view?.recourse
  const worded = useMemo(() => (view?.kind === 'fix-input' ? view.fields : []), [view])
  // What the form's own controls say of each field in error: a select is worded "Select …", a text "Enter …", and
  // a limit the control states (maxLength, min, max) is used when the provider states none. Read from the DOM
  // before paint; words change only when a fact does.
  const [facts, setFacts] = useState<{
    for: object | undefined
    fields: Record<string, FormFieldFacts>
  }>({ for: undefined, fields: {} })
  const formId = useId()
  const controlId = useCallback((name: string) => `${formId}-${name}`, [formId])
  useLayoutEffect(() => {
    if (!failure || worded.length === 0) return
    const fields: Record<string, FormFieldFacts> = {}
    for (const { name } of worded) {
      const control = document.getElementById(controlId(name))
      const found = control ? factsOf(control) : undefined
      if (found) fields[name] = found
    }
    if (Object.keys(fields).length > 0) setFacts({ for: failure, fields })
  }, [failure, worded, controlId])
  const allErrors = useMemo(() => {
    if (!failure || facts.for !== failure) return worded
    return describe(failure, {
      catalog: config.catalog,
      overrides: config.overrides,
      fieldNames: config.fieldMap,
      labels: config.labels,
      fields: facts.fields,
    }).fields
  }, [failure, facts, worded, config])
  // About the input but naming no field the form has words for: an error of the whole form.
  const formError = view?.kind === 'fix-input' && allErrors.length === 0 ? view.body : undefined
  // Fields the customer edited since this failure arrived. Keyed by the failure: a new failure brings every
  // field error back, even on fields edited after the previous one.
  const [dismissed, setDismissed] = useState<{
    for: object | undefined
    names: ReadonlySet<string>
  }>({
    for: undefined,
    names: NO_NAMES,
  })
  const names = dismissed.for === failure ? dismissed.names : NO_NAMES
  const errors = useMemo(
    () => allErrors.filter((error) => !names.has(error.name)),
    [allErrors, names],
  )
  const dismiss = useCallback(
    (name: string) =>
      setDismissed((state) => {
        const edited = state.for === failure ? state.names : NO_NAMES
        return edited.has(name) ? state : { for: failure, names: new Set(edited).add(name) }
      }),
    [failure],
  )

  const summary = useRef<HTMLElement | null>(null)
  const registerSummary = useCallback((node: HTMLElement | null) => {
    summary.current = node
  }, [])

  // Each new failure moves focus once: to the summary (GOV.UK), else to the first invalid control. Next frame:
  // after the fields and the summary have rendered, outside React's commit (a focus event fired inside the commit
  // re-enters React).
  const hasErrors = allErrors.length > 0 || formError !== undefined
  useEffect(() => {
    if (!failure || !hasErrors) return
    const frame = requestAnimationFrame(() => {
      const target =
        summary.current ?? element.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
      target?.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [failure, hasErrors])

  // GOV.UK: "Error: " before the page's title while there are errors, opt-in.
  const titled = prefixTitle && hasErrors
  const { errorPrefix } = config.catalog.ui
  useEffect(() => {
    if (!titled) return
    const prefix = `${errorPrefix} `
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length)
    }
  }, [titled, errorPrefix])

  const value = useMemo<FormContextValue>(
    () => ({ view, errors, formError, controlId, dismiss, registerSummary }),
    [view, errors, formError, controlId, dismiss, registerSummary],
  )
  return (
    <FormContext.Provider value={value}>
      <Form.Root
        data-slot="form"
        data-state={errors.length > 0 || formError !== undefined ? 'invalid' : 'idle'}
        noValidate={noValidate}
        {...props}
        ref={ref}
      >
        {children}
      </Form.Root>
    </FormContext.Provider>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseForm.Field`. */
export interface FieldProps extends Omit<
  ComponentPropsWithoutRef<typeof Form.Field>,
  'children' | 'serverInvalid'
> {
  /** The form field name; API paths map to it through `RecourseProvider fieldMap`. */
  name: string
  label: ReactNode
  /** Help shown under the label, tied to the control with `aria-describedby`. */
  hint?: ReactNode
  /** The control: one element, such as `<input />`, `<select>` or your own input component. */
  children: ReactNode
  /** An error of your own (client-side validation), shown like a server error. */
  error?: string | undefined
}

/**
 * One field: label, hint, error message and control, wired with `aria-describedby` and `aria-invalid`. The message is
 * prefixed with a visually hidden "Error:" and read with the control. Editing the control clears its server error;
 * your `onInput` runs first, and `event.preventDefault()` in it keeps the error.
 *
 * @example
 * ```tsx
 * <RecourseForm.Field name="cvc" label="Security code" hint="The last 3 digits on the back of the card">
 *   <input inputMode="numeric" autoComplete="cc-csc" />
 * </RecourseForm.Field>
 * ```
 */
export const Field = forwardRef<HTMLDivElement, FieldProps>(function Field(
  { name, label, hint, error, children, onInput, ...props },
  forwardedRef,
) {
  const context = useFormContext()
  const serverError = context?.errors.find((candidate) => candidate.name === name)?.message
  const message = error ?? serverError
  const { catalog } = useRecourseConfig()
  const hintId = useId()
  const fallbackId = useId()
  const controlId = context ? context.controlId(name) : fallbackId
  const dismiss = context?.dismiss
  const invalid = message !== undefined
  return (
    // Not Radix's `serverInvalid`: its control would take focus itself, and the form moves focus once.
    <Form.Field
      name={name}
      data-slot="field"
      data-state={invalid ? 'invalid' : 'valid'}
      {...props}
      // Editing a field clears its server error; `input` bubbles from any control inside.
      onInput={composeEventHandlers(onInput, () => {
        if (serverError !== undefined) dismiss?.(name)
      })}
      ref={forwardedRef}
    >
      <Form.Label data-slot="field-label" htmlFor={controlId}>
        {label}
      </Form.Label>
      {hint ? (
        <span data-slot="field-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {invalid ? (
        <Form.Message data-slot="field-error">
          <VisuallyHidden.Root>{catalog.ui.errorPrefix} </VisuallyHidden.Root>
          {message}
        </Form.Message>
      ) : null}
      <Form.Control
        asChild
        id={controlId}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? hintId : undefined}
      >
        {children}
      </Form.Control>
    </Form.Field>
  )
})

// Names the parts in React's tools, like Radix's own.
Root.displayName = ROOT_NAME
Field.displayName = FIELD_NAME

/** What a control says of its field: its kind, and the limits it states. Undefined when it says nothing. */
function factsOf(control: HTMLElement): FormFieldFacts | undefined {
  const facts: FormFieldFacts = {}
  if (control instanceof HTMLSelectElement) facts.control = 'select'
  else if (control instanceof HTMLInputElement) {
    if (control.type === 'radio' || control.type === 'checkbox') facts.control = 'choice'
    if (control.maxLength > 0) facts.maxLength = control.maxLength
    if (control.minLength > 0) facts.minLength = control.minLength
    const min = control.min === '' ? Number.NaN : Number(control.min)
    const max = control.max === '' ? Number.NaN : Number(control.max)
    if (Number.isFinite(min)) facts.min = min
    if (Number.isFinite(max)) facts.max = max
  } else if (control instanceof HTMLTextAreaElement && control.maxLength > 0)
    facts.maxLength = control.maxLength
  return Object.keys(facts).length > 0 ? facts : undefined
}
