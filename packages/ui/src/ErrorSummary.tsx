'use client'

import { useRecourseConfig } from '@recourse/react'
import { Slot } from 'radix-ui'
import {
  useEffect,
  useId,
  useRef,
  type ComponentProps,
  type MouseEvent,
  type ReactNode,
} from 'react'
import { useRecourseForm } from './RecourseForm.js'

const ROOT_NAME = 'ErrorSummary'

/** Props of `ErrorSummary.Root`. */
export interface ErrorSummaryRootProps extends ComponentProps<'div'> {
  /** Move focus here when it appears. Default true outside a `RecourseForm` (which focuses it itself). */
  takeFocus?: boolean
  asChild?: boolean
}

/** The container: focusable (`tabIndex={-1}`), labelled by its title, announced as an alert. */
export function ErrorSummaryRoot({
  takeFocus,
  asChild,
  children,
  ...props
}: ErrorSummaryRootProps) {
  const form = useRecourseForm()
  const element = useRef<HTMLDivElement>(null)
  const register = form?.registerSummary
  useEffect(() => {
    register?.(element.current)
    return () => register?.(null)
  }, [register])
  const focusOnMount = takeFocus ?? !form
  useEffect(() => {
    if (!focusOnMount) return
    // Next frame: outside React's commit, where a focus event would re-enter React.
    const frame = requestAnimationFrame(() => element.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [focusOnMount])
  const Component = asChild ? Slot.Root : 'div'
  return (
    <Component ref={element} tabIndex={-1} data-slot="error-summary" {...props}>
      <div role="alert">{children}</div>
    </Component>
  )
}
ErrorSummaryRoot.displayName = ROOT_NAME

/** "There is a problem", unless you give other words. */
export function ErrorSummaryTitle({ children, ...props }: ComponentProps<'h2'>) {
  const { catalog } = useRecourseConfig()
  return (
    <h2 data-slot="error-summary-title" {...props}>
      {children ?? catalog.ui.summaryTitle}
    </h2>
  )
}

export function ErrorSummaryList(props: ComponentProps<'ul'>) {
  return <ul data-slot="error-summary-list" {...props} />
}

/** Props of `ErrorSummary.Item`. */
export interface ErrorSummaryItemProps extends Omit<ComponentProps<'li'>, 'children'> {
  /** The id of the control to move to; without one the item is plain text (a form-level error). */
  target?: string
  children: ReactNode
}

/** One error. With a `target`, a link that moves focus to the field and scrolls its label into view. */
export function ErrorSummaryItem({ target, children, ...props }: ErrorSummaryItemProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const control = target ? document.getElementById(target) : null
    if (!control) return
    // Focus the control, but show its label too: the hash jump alone would hide the label above the fold.
    event.preventDefault()
    const label = control.id
      ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`)
      : null
    ;(label ?? control).scrollIntoView({ block: 'start' })
    control.focus({ preventScroll: true })
  }
  return (
    <li data-slot="error-summary-item" {...props}>
      {target ? (
        <a href={`#${target}`} onClick={onClick}>
          {children}
        </a>
      ) : (
        children
      )}
    </li>
  )
}

/** Props of the assembled `ErrorSummary`. */
export interface ErrorSummaryProps extends Omit<ErrorSummaryRootProps, 'children' | 'title'> {
  /** Errors to list; default: the field errors of the enclosing `RecourseForm`, linked to their fields. */
  errors?: { message: string; target?: string }[]
  /** An error of the whole form; default: the enclosing form's. */
  formError?: string
  title?: ReactNode
}

/**
 * The GOV.UK error summary: "There is a problem", then one link per field error with the same words as the
 * message on the field, and form-level errors as plain items. Inside a `RecourseForm` it reads the form's errors
 * and takes focus after each failed submission. Renders nothing when there is no error.
 */
function Summary({ errors, formError, title, ...props }: ErrorSummaryProps) {
  const form = useRecourseForm()
  const titleId = useId()
  const items =
    errors ??
    form?.summaryErrors.map((error) => ({
      message: error.message,
      target: form.controlId(error.name),
    })) ??
    []
  const general = formError ?? form?.formError
  if (items.length === 0 && general === undefined) return null
  return (
    <ErrorSummaryRoot aria-labelledby={titleId} {...props}>
      <ErrorSummaryTitle id={titleId}>{title}</ErrorSummaryTitle>
      <ErrorSummaryList>
        {general !== undefined ? <ErrorSummaryItem>{general}</ErrorSummaryItem> : null}
        {items.map((item) => (
          <ErrorSummaryItem
            key={`${item.target ?? ''}${item.message}`}
            {...(item.target ? { target: item.target } : {})}
          >
            {item.message}
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummaryRoot>
  )
}
Summary.displayName = ROOT_NAME

/** The GOV.UK error summary, with its parts for composing your own: `.Root`, `.Title`, `.List`, `.Item`. */
export const ErrorSummary = Object.assign(Summary, {
  Root: ErrorSummaryRoot,
  Title: ErrorSummaryTitle,
  List: ErrorSummaryList,
  Item: ErrorSummaryItem,
})
