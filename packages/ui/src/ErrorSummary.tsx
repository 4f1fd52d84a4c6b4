'use client'

import { useRecourseConfig, type RecourseView } from '@recourse/react'
import { Slot } from 'radix-ui'
import { composeEventHandlers, Context, useComposedRefs } from 'radix-ui/internal'
import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import { announce } from './internal/announce.js'
import { useFormContext, type FormContextValue } from './internal/form.js'
import { moveToControl } from './internal/view.js'

const ROOT_NAME = 'ErrorSummary.Root'
const TITLE_NAME = 'ErrorSummary.Title'
const LIST_NAME = 'ErrorSummary.List'
const ITEM_NAME = 'ErrorSummary.Item'

interface SummaryContextValue {
  titleId: string
  listId: string
}

const [SummaryProvider, useSummaryContext] = Context.createContext<SummaryContextValue>(ROOT_NAME)

/** One line of the summary: its words, and the id of the control it links to (none for a form-level error). */
interface SummaryError {
  message: string
  target?: string
}

/** What the summary lists: the enclosing form's errors (in step with its fields), else the view's. */
function summaryErrors(
  form: FormContextValue | null,
  view: RecourseView | undefined,
): SummaryError[] {
  if (form) {
    return [
      ...(form.formError !== undefined ? [{ message: form.formError }] : []),
      ...form.errors.map((error) => ({
        message: error.message,
        target: form.controlId(error.name),
      })),
    ]
  }
  if (!view) return []
  if (view.fields.length > 0) return view.fields.map((field) => ({ message: field.message }))
  return [{ message: view.body }]
}

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `ErrorSummary.Root`. */
export interface RootProps extends ComponentPropsWithoutRef<'div'> {
  /** The failure to list. Default: the enclosing `RecourseForm.Root`'s. */
  view?: RecourseView
  /**
   * Move focus here when it appears (GOV.UK). Default true. Inside a `RecourseForm.Root`, the form moves focus here
   * after each failed submission. With false, it is announced instead (never both).
   */
  takeFocus?: boolean
  /** Render your own element (one child), with the summary's props and ref merged in. */
  asChild?: boolean
}

/**
 * The GOV.UK error summary: "There is a problem", then one link per field error with the same words as the message
 * on the field, kept in step with the fields (an edit that clears a field's message removes its line). Without
 * children it renders the title and the list, from the enclosing `RecourseForm.Root` or from `view`, and nothing
 * when there is no error. It takes focus when it appears (focus says it: it is not also a live region).
 *
 * @example
 * ```tsx
 * <RecourseForm.Root view={view} onSubmit={pay}>
 *   <ErrorSummary.Root />
 *   <RecourseForm.Field name="cvc" label="Security code"><input /></RecourseForm.Field>
 * </RecourseForm.Root>
 *
 * // Composed:
 * <ErrorSummary.Root>
 *   <ErrorSummary.Title>Check your payment</ErrorSummary.Title>
 *   <ErrorSummary.List>
 *     <ErrorSummary.Item target="postcode">Enter the postcode</ErrorSummary.Item>
 *   </ErrorSummary.List>
 * </ErrorSummary.Root>
 * ```
 */
export const Root = forwardRef<HTMLDivElement, RootProps>(function Root(
  { view, takeFocus = true, asChild = false, children, ...props },
  forwardedRef,
) {
  const form = useFormContext()
  const element = useRef<HTMLDivElement>(null)
  const ref = useComposedRefs(forwardedRef, element)
  const titleId = useId()
  const listId = useId()
  // Inside a form showing this failure (or any, without a view): the form's errors, in step with its fields.
  const inForm = form !== null && (view === undefined || form.view?.recourse === view.recourse)
  const errors = summaryErrors(inForm ? form : null, view)
  const empty = children === undefined && errors.length === 0

  // Inside a form, the form moves focus here after a failed submission; it finds the summary by registration.
  const register = inForm && takeFocus ? form.registerSummary : undefined
  useEffect(() => {
    if (!register || empty) return
    register(element.current)
    return () => register(null)
  }, [register, empty])

  // On its own: focus when it appears, or (takeFocus false) said once through the kit's live region.
  useEffect(() => {
    if (empty || register) return
    if (takeFocus) {
      // Next frame: outside React's commit, where a focus event would re-enter React.
      const frame = requestAnimationFrame(() => element.current?.focus())
      return () => cancelAnimationFrame(frame)
    }
    return announce(() => {
      const node = element.current
      if (!node?.isConnected || node.contains(document.activeElement)) return undefined
      return node.textContent ?? undefined
    }, 'assertive')
  }, [empty, register, takeFocus])

  if (empty) return null
  const Component = asChild ? Slot.Root : 'div'
  return (
    <SummaryProvider titleId={titleId} listId={listId}>
      <Component
        // A group named by its title and described by its list: focus reads both.
        role="group"
        tabIndex={-1}
        aria-labelledby={titleId}
        aria-describedby={listId}
        data-slot="error-summary"
        {...props}
        ref={ref}
      >
        {children ?? (
          <>
            <Title />
            <List>
              {errors.map((error) => (
                <Item key={`${error.target ?? ''}:${error.message}`} target={error.target}>
                  {error.message}
                </Item>
              ))}
            </List>
          </>
        )}
      </Component>
    </SummaryProvider>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `ErrorSummary.Title`. */
export type TitleProps = ComponentPropsWithoutRef<'h2'>

/**
 * The summary's heading, which names it. Default text: the catalog's "There is a problem".
 *
 * @example
 * ```tsx
 * <ErrorSummary.Title>Check your payment</ErrorSummary.Title>
 * ```
 */
export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title(
  { children, ...props },
  forwardedRef,
) {
  const { titleId } = useSummaryContext(TITLE_NAME)
  const { catalog } = useRecourseConfig()
  return (
    <h2 data-slot="error-summary-title" {...props} id={titleId} ref={forwardedRef}>
      {children ?? catalog.ui.summaryTitle}
    </h2>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `ErrorSummary.List`. */
export type ListProps = ComponentPropsWithoutRef<'ul'>

/**
 * The list of errors (it describes the summary, so focusing the summary reads them).
 *
 * @example
 * ```tsx
 * <ErrorSummary.List><ErrorSummary.Item>The card has expired</ErrorSummary.Item></ErrorSummary.List>
 * ```
 */
export const List = forwardRef<HTMLUListElement, ListProps>(function List(props, forwardedRef) {
  const { listId } = useSummaryContext(LIST_NAME)
  return <ul data-slot="error-summary-list" {...props} id={listId} ref={forwardedRef} />
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `ErrorSummary.Item`. */
export interface ItemProps extends ComponentPropsWithoutRef<'li'> {
  /** The id of the control to move to; without one the item is plain text (a form-level error). */
  target?: string | undefined
  children: ReactNode
  /** Runs first when the link is followed; `event.preventDefault()` in it keeps the browser's own jump. */
  onNavigate?: ComponentPropsWithoutRef<'a'>['onClick']
}

/**
 * One error. With a `target`, a link that moves focus to the control and scrolls its label into view.
 *
 * @example
 * ```tsx
 * <ErrorSummary.Item target="postcode" onNavigate={() => track('summary-link')}>Enter the postcode</ErrorSummary.Item>
 * ```
 */
export const Item = forwardRef<HTMLLIElement, ItemProps>(function Item(
  { target, children, onNavigate, ...props },
  forwardedRef,
) {
  useSummaryContext(ITEM_NAME)
  return (
    <li data-slot="error-summary-item" {...props} ref={forwardedRef}>
      {target ? (
        <a href={`#${target}`} onClick={composeEventHandlers(onNavigate, moveToControl(target))}>
          {children}
        </a>
      ) : (
        children
      )}
    </li>
  )
})

// Names the parts in React's tools, like Radix's own.
Root.displayName = ROOT_NAME
Title.displayName = TITLE_NAME
List.displayName = LIST_NAME
Item.displayName = ITEM_NAME
