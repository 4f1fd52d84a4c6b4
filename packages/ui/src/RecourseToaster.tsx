'use client'

import { describe } from '@recourse/core'
import { useRecourseConfig, useRecourseReports, type RecourseReport } from '@recourse/react'
import { Toast } from 'radix-ui'
import type { ComponentProps, ReactNode } from 'react'

/** Props of `RecourseToaster`. */
export interface RecourseToasterProps extends Omit<
  ComponentProps<typeof Toast.Viewport>,
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
 * @example
 * ```tsx
 * useQuery({ queryKey: ['balance'], queryFn, meta: { recourse: { label: 'Balances' } } })
 * <RecourseToaster /> // "Balances: Connection problem"
 * ```
 */
export function RecourseToaster({
  filter = queriesOnly,
  label = 'Notifications',
  renderTitle = labelledTitle,
  ...props
}: RecourseToasterProps) {
  const { reports, dismiss } = useRecourseReports()
  const { catalog, overrides } = useRecourseConfig()
  return (
    <Toast.Provider label={label} duration={Number.POSITIVE_INFINITY}>
      {reports.filter(filter).map((report) => {
        const description = describe(report.recourse, { catalog, overrides })
        return (
          <Toast.Root
            key={report.id}
            data-slot="toast"
            data-kind={report.recourse.kind}
            type={report.background ? 'background' : 'foreground'}
            onOpenChange={(open) => (open ? undefined : dismiss(report.id))}
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
      <Toast.Viewport data-slot="toast-viewport" {...props} />
    </Toast.Provider>
  )
}
