'use client'

import { describe } from '@recourse/core'
import { useRecourseConfig, useRecourseReports, type RecourseReport } from '@recourse/react'
import { Toast } from 'radix-ui'
import { useComposedRefs } from 'radix-ui/internal'
import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'

const NAME = 'RecourseToaster'

/** Props of `RecourseToaster`. */
export interface RecourseToasterProps extends Omit<
  ComponentPropsWithoutRef<typeof Toast.Viewport>,
  'children'
> {
  /** Which reports become toasts. Default: failures of queries (a form shows its own failures inline). */
  filter?: (report: RecourseReport) => boolean
  /** Name of the notifications region for screen readers, in the app's language. */
  label?: string
  /**
   * A toast's title, from the failure's title (in the catalog's words) and its report. Default: the title, after
   * the report's `label` when the query has one (`meta: { recourse: { label: 'Balances' } }`): "Balances: Connection
   * problem". Your own, for another language's punctuation or a link to the widget:
   *
   * ```tsx
   * <RecourseToaster renderTitle={(title, { label }) => (label ? `${label} : ${title}` : title)} />
   * ```
   */
  renderTitle?: (title: string, report: RecourseReport) => ReactNode
  /** Called after the customer dismisses a toast (Escape, swipe, its button). */
  onDismiss?: (report: RecourseReport) => void
}

const queriesOnly = (report: RecourseReport) => report.origin === 'query'

const labelledTitle = (title: string, report: RecourseReport): ReactNode =>
  report.label === undefined ? (
    title
  ) : (
    <>
      <span data-slot="toast-label">{report.label}</span>: {title}
    </>
  )

/**
 * Toasts for failures of background work in dashboards (Radix Toast): one per failing query, never duplicated,
 * gone when the query recovers or the customer dismisses it. A failure behind data already on screen is announced
 * politely (`background`); one of the user's own loading, assertively (`foreground`). A query's
 * `meta: { recourse: { label } }` says which part of the app failed, in the title. Needs a client from
 * `createRecourseQueryClient`.
 *
 * Not portalled: the list renders where you put it, so it follows the `data-theme` and `dir` around it. When the
 * customer dismisses the last toast from the keyboard, focus goes back to where it was before the list (F8) took it,
 * not to the empty list.
 *
 * @example
 * ```tsx
 * useQuery({ queryKey: ['balance'], queryFn, meta: { recourse: { label: 'Balances' } } })
 * <RecourseToaster /> // "Balances: Connection problem"
 * ```
 */
export const RecourseToaster = forwardRef<HTMLOListElement, RecourseToasterProps>(
  function RecourseToaster(
    {
      filter = queriesOnly,
      label = 'Notifications',
      renderTitle = labelledTitle,
      onDismiss,
      ...props
    },
    forwardedRef,
  ) {
    const { reports, dismiss } = useRecourseReports()
    const { catalog, overrides } = useRecourseConfig()
    const viewport = useRef<HTMLOListElement>(null)
    const ref = useComposedRefs(forwardedRef, viewport)
    // Where focus was before it came into the toasts: it goes back there when the last one is dismissed.
    const before = useRef<HTMLElement | null>(null)
    useEffect(() => {
      const onFocusIn = (event: FocusEvent) => {
        const target = event.target
        if (!(target instanceof HTMLElement) || target === document.body) return
        // The list, its region and Radix's focus proxies beside it (they pass focus on to the toasts) are not
        // where the customer was.
        const region = viewport.current?.parentElement
        if (region?.contains(target) || target.closest('[data-slot="toast"]')) return
        before.current = target
      }
      document.addEventListener('focusin', onFocusIn)
      return () => document.removeEventListener('focusin', onFocusIn)
    }, [])
    // Radix moves focus to the list when a focused toast closes: to the next toast instead, or back where it was.
    const giveFocusBack = () =>
      requestAnimationFrame(() => {
        const list = viewport.current
        const active = document.activeElement
        if (active !== list && active !== document.body && active !== null) return
        const next = list?.querySelector<HTMLElement>('[data-slot="toast"]')
        const previous = before.current
        const target = next ?? (previous?.isConnected ? previous : null)
        target?.focus()
      })
    const shown = reports.filter(filter)
    return (
      <Toast.Provider label={label} duration={Infinity}>
        {shown.map((report) => {
          const description = describe(report.recourse, {
            catalog,
            overrides,
            origin: report.origin,
          })
          return (
            <Toast.Root
              key={report.id}
              data-slot="toast"
              data-kind={report.recourse.kind}
              type={report.background ? 'background' : 'foreground'}
              onOpenChange={(open) => {
                if (open) return
                dismiss(report.id)
                onDismiss?.(report)
                giveFocusBack()
              }}
            >
              <Toast.Title data-slot="toast-title">
                {renderTitle(description.title, report)}
              </Toast.Title>
              <Toast.Description data-slot="toast-message">
                {description.body}
                {description.reference ? ` ${description.reference}` : ''}
              </Toast.Description>
              <Toast.Close data-slot="toast-close">{catalog.ui.dismiss}</Toast.Close>
            </Toast.Root>
          )
        })}
        <Toast.Viewport data-slot="toast-viewport" {...props} ref={ref} />
      </Toast.Provider>
    )
  },
)
RecourseToaster.displayName = NAME
