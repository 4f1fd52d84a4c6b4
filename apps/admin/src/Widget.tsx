import { useRecourse, useRetry, type RecourseView } from '@recourse/react'
import { RecourseNotice } from '@recourse/ui'
import type { UseQueryResult } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'

/** A dashboard card: a labelled region with its heading, its provider and its actions. */
export function Widget({
  title,
  provider,
  actions,
  children,
}: {
  title: string
  provider: string
  actions?: ReactNode
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section className="admin-widget" aria-labelledby={headingId} data-slot="admin-widget">
      <header className="admin-widget-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="admin-widget-provider">{provider}</p>
        </div>
        {actions}
      </header>
      {children}
    </section>
  )
}

/**
 * Refreshes a widget by hand. It waits like the notice's retry button: not before the server's `Retry-After`, and
 * never a second request while one runs (which would cut short the retry policy's wait).
 */
export function RefreshButton({
  query,
  failure,
  children,
}: {
  query: Pick<UseQueryResult, 'isFetching' | 'refetch'>
  failure: RecourseView | undefined
  children: ReactNode
}) {
  const { waiting } = useRetry(failure)
  const unavailable = waiting || query.isFetching
  const refresh = () => {
    if (unavailable) return
    if (failure?.retry.retryNow) failure.retry.retryNow()
    else void query.refetch()
  }
  return (
    <button
      type="button"
      className="admin-button admin-button-secondary"
      aria-disabled={unavailable}
      onClick={refresh}
    >
      {children}
    </button>
  )
}

/**
 * A refresh failed behind data already on screen: the data stays, this line says it is not fresh (the toast has
 * announced the failure), and when a refresh is allowed again.
 */
export function StaleNote({
  failure,
  updatedAt,
}: {
  failure: RecourseView | undefined
  updatedAt: number
}) {
  const { seconds } = useRetry(failure)
  if (!failure) return null
  const time = new Date(updatedAt).toLocaleTimeString('en-GB')
  return (
    <p className="admin-stale" data-slot="admin-stale" data-kind={failure.kind}>
      {failure.retrying
        ? // The client is still trying on its own: nothing has failed for good yet, and no refresh to offer.
          `A refresh is being tried again${failure.attempt ? ` (attempt ${failure.attempt.number} of ${failure.attempt.max})` : ''}. Showing what was loaded at ${time}.`
        : `The last refresh failed (${failure.title}). Showing what was loaded at ${time}.`}
      {seconds && !failure.retrying ? ` You can refresh again in ${seconds} s.` : ''}
    </p>
  )
}

/**
 * A first load under way. When an attempt has failed and the retry policy is waiting to try again (after the
 * server's `Retry-After`), says so: the retry-later notice, marked as retrying, and when the next attempt goes.
 */
export function LoadingState({
  query,
  children,
}: {
  query: UseQueryResult<unknown>
  children: ReactNode
}) {
  // While the client retries on its own, the failure so far, with the attempt under way ("attempt 2 of 3").
  const view = useRecourse(query)
  if (view?.retrying) return <RecourseNotice.Root view={view} headingLevel={3} />
  return (
    <p role="status" className="admin-loading">
      {children}
    </p>
  )
}

/**
 * A table that scrolls sideways on a narrow screen. The scrolling box takes focus, so it scrolls with the keyboard
 * too (WCAG 2.1.1), and is named by the table's caption.
 */
export function ScrollingTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard
    <div className="admin-table-scroll" role="region" aria-labelledby={caption} tabIndex={0}>
      {children}
    </div>
  )
}

/**
 * A widget's content for a query whose failures stay in the widget: the data (with a note when a refresh failed
 * behind it), else the notice of the first load's failure, else the loading state.
 */
export function QueryContent<Data>({
  query,
  failure,
  loading,
  children,
}: {
  query: UseQueryResult<Data>
  failure: RecourseView | undefined
  loading: string
  children: (data: Data) => ReactNode
}) {
  if (query.data !== undefined)
    return (
      <>
        <StaleNote failure={failure} updatedAt={query.dataUpdatedAt} />
        {children(query.data)}
      </>
    )
  if (failure) return <RecourseNotice.Root view={failure} headingLevel={3} />
  return <LoadingState query={query}>{loading}</LoadingState>
}
