'use client'

import { describe, type Recourse } from '@recourse/core'
import {
  useRecourse,
  useRecourseConfig,
  type FormFieldError,
} from '@recourse/react'
import { Form, VisuallyHidden } from 'radix-ui'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react'

const ROOT_NAME = 'RecourseForm'
const FIELD_NAME = 'RecourseFormField'

interface FormContextValue {
  /** Field errors of the current failure that the customer has not edited away yet: shown on the fields. */
  errors: FormFieldError[]
  /** Every field error of the current failure: the summary keeps them until the next submission, so it does not
   * vanish (and the page jump) under the customer's first keystroke. */
  summaryErrors: FormFieldError[]
  /** The failure's words for the whole form, when it is not about a field. */
  formError: string | undefined
  controlId: (name: string) => string
  dismiss: (name: string) => void
  registerSummary: (element: HTMLElement | null) => void
}

const FormContext = createContext<FormContextValue | null>(null)

const NO_NAMES: ReadonlySet<string> = new Set()

/** The form state of the nearest `RecourseForm.Root`, or null outside one. */
export function useRecourseForm(): FormContextValue | null {
  return useContext(FormContext)
}

type FailureProps =
  | {
      /** A failure as `useRecourse` reads it: an error, or a mutation result. */
      failure?: unknown
      recourse?: never
    }
  | {
      failure?: never
      /** A classification from `classify`. */
      recourse?: Recourse | null
    }

/** Props of `RecourseForm.Root`: Radix `Form.Root`'s, plus the failure to show. */
export type RecourseFormRootProps = ComponentProps<typeof Form.Root> & FailureProps

function useFieldErrors(props: FailureProps): {
  recourse: Recourse | undefined
  errors: FormFieldError[]
  formError: string | undefined
} {
  const config = useRecourseConfig()
  const view = useRecourse(props.recourse ? undefined : props.failure)
  return useMemo(() => {
    // A failure: `useRecourse` has already worded its fields and message.
    if (view) {
      const errors = view.kind === 'fix-input' ? view.fields : []
      return {
        recourse: view.recourse,
        errors,
        formError: errors.length > 0 ? undefined : view.body,
      }
    }
    // A classification given as it is: word it here.
    const recourse = props.recourse
    if (!recourse || recourse.silent)
      return { recourse: undefined, errors: [], formError: undefined }
    const errors: FormFieldError[] =
      recourse.kind === 'fix-input'
        ? describe(recourse, { catalog: config.catalog, overrides: config.overrides }).fields.map(
            ({ field, message }) => ({ name: config.fieldMap[field] ?? field, field, message }),
          )
        : []
    // Anything not about a field (a decline, a temporary problem) is an error of the whole form.
    const formError =
      errors.length > 0
        ? undefined
        : describe(recourse, { catalog: config.catalog, overrides: config.overrides }).body
    return { recourse, errors, formError }
  }, [props.recourse, view, config])
}

/**
 * A Radix form that shows a failure's field errors on its fields — each marked `serverInvalid`, with its message —
 * and clears a field's error as soon as the customer edits it, keeping what they typed. `noValidate` by default:
 * Recourse's messages, not the browser's bubbles. Put an `ErrorSummary` at its top: it takes focus after a failed
 * submission (GOV.UK pattern).
 *
 * @example
 * ```tsx
 * const payment = usePaymentMutation({ mutationFn: pay })
 * <RecourseForm.Root failure={payment} onSubmit={(event) => { event.preventDefault(); payment.mutate(read(event)) }}>
 *   <ErrorSummary />
 *   <RecourseForm.Field name="cardNumber" label="Card number"><input autoComplete="cc-number" /></RecourseForm.Field>
 *   <button>Pay</button>
 * </RecourseForm.Root>
 * ```
 */
function Root({ failure, recourse, noValidate = true, children, ...props }: RecourseFormRootProps) {
  const {
    recourse: current,
    errors: allErrors,
    formError,
  } = useFieldErrors(recourse === undefined ? { failure } : { recourse })
  // Fields the customer edited since this failure arrived. Keyed by the failure: a new failure brings every
  // field error back, even on fields edited after the previous one.
  const [dismissed, setDismissed] = useState<{
    for: Recourse | undefined
    names: ReadonlySet<string>
  }>({
    for: undefined,
    names: NO_NAMES,
  })
  const names = dismissed.for === current ? dismissed.names : NO_NAMES
  const errors = useMemo(
    () => allErrors.filter((error) => !names.has(error.name)),
    [allErrors, names],
  )
  const dismiss = useCallback(
    (name: string) =>
      setDismissed((state) => {
        const edited = state.for === current ? state.names : NO_NAMES
        return edited.has(name) ? state : { for: current, names: new Set(edited).add(name) }
      }),
    [current],
  )

  const formId = useId()
  const controlId = useCallback((name: string) => `${formId}-${name}`, [formId])
  const summary = useRef<HTMLElement | null>(null)
  const registerSummary = useCallback((element: HTMLElement | null) => {
    summary.current = element
  }, [])

  // Each new failure moves focus to the summary, as the GOV.UK pattern asks. Radix focuses the first invalid control
  // in its fields' effects; the summary takes focus on the next frame, after them and outside React's commit (a
  // focus event fired inside the commit re-enters React).
  const hasErrors = allErrors.length > 0 || formError !== undefined
  useEffect(() => {
    if (!current || !hasErrors) return
    const frame = requestAnimationFrame(() => summary.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [current, hasErrors])

  const value = useMemo<FormContextValue>(
    () => ({ errors, summaryErrors: allErrors, formError, controlId, dismiss, registerSummary }),
    [errors, allErrors, formError, controlId, dismiss, registerSummary],
  )
  return (
    <FormContext.Provider value={value}>
      <Form.Root
        data-slot="form"
        data-state={errors.length > 0 || formError !== undefined ? 'invalid' : 'idle'}
        noValidate={noValidate}
        {...props}
      >
        {children}
      </Form.Root>
    </FormContext.Provider>
  )
}
Root.displayName = ROOT_NAME

/** Props of `RecourseForm.Field`. */
export interface RecourseFormFieldProps extends Omit<
  ComponentProps<typeof Form.Field>,
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
  error?: string
}

/**
 * One field: label, hint, error message and control, wired with `aria-describedby` and `aria-invalid` by Radix
 * Form. The message is prefixed with a visually hidden "Error:" and read with the control.
 */
function Field({
  name,
  label,
  hint,
  error,
  children,
  className,
  ...props
}: RecourseFormFieldProps) {
  const context = useContext(FormContext)
  const serverError = context?.errors.find((candidate) => candidate.name === name)?.message
  const message = error ?? serverError
  const { catalog } = useRecourseConfig()
  const hintId = useId()
  const fallbackId = useId()
  const controlId = context ? context.controlId(name) : fallbackId
  const dismiss = context?.dismiss
  return (
    <Form.Field
      name={name}
      serverInvalid={message !== undefined}
      data-slot="field"
      data-state={message === undefined ? 'valid' : 'invalid'}
      className={className}
      // Editing a field clears its server error; `input` bubbles from any control inside.
      onInput={() => (serverError !== undefined ? dismiss?.(name) : undefined)}
      {...props}
    >
      <Form.Label data-slot="field-label" htmlFor={controlId}>
        {label}
      </Form.Label>
      {hint ? (
        <span data-slot="field-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {message !== undefined ? (
        <Form.Message data-slot="field-error">
          <VisuallyHidden.Root>{catalog.ui.errorPrefix} </VisuallyHidden.Root>
          {message}
        </Form.Message>
      ) : null}
      <Form.Control asChild id={controlId} {...(hint ? { 'aria-describedby': hintId } : {})}>
        {children}
      </Form.Control>
    </Form.Field>
  )
}
Field.displayName = FIELD_NAME

/** A Radix form that shows Recourse's field errors: `RecourseForm.Root` and `RecourseForm.Field`. */
export const RecourseForm = { Root, Field }
export { Root as RecourseFormRoot, Field as RecourseFormField }
