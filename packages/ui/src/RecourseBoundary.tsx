'use client'

import { useRecourse, type RecourseView } from '@recourse/react'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import * as RecourseNotice from './RecourseNotice.js'

/** Props of `RecourseBoundary`. */
export interface RecourseBoundaryProps {
  children?: ReactNode
  /** Your own fallback; `retry` resets the failed queries and renders the children again. */
  fallback?: (props: { view: RecourseView; retry: () => void }) => ReactNode
  headingLevel?: 2 | 3 | 4
  /**
   * Called when the boundary resets (its retry), after the failed queries are reset and before the children render
   * again: the place to drop what would only throw again, such as a cached answer that cannot be rendered
   * (`queryClient.removeQueries({ queryKey })`).
   */
  onReset?: () => void
}

function Fallback({
  error,
  reset,
  render,
  headingLevel,
  lostFocus,
}: {
  error: unknown
  reset: () => void
  render: RecourseBoundaryProps['fallback']
  headingLevel: 2 | 3 | 4
  /** The boundary's element when the fallback took focus away with what it replaced; else null. */
  lostFocus: () => HTMLElement | null
}) {
  const failure = useRecourse(error)
  // The fallback replaced what had focus (the button that loaded the data): focus would drop to <body>. Put it on
  // the notice instead, which then is said by focus, not also announced.
  const notice = useRef<HTMLElement>(null)
  useLayoutEffect(() => {
    const lost = lostFocus()
    if (!lost) return
    // An app's own fallback: its notice, made focusable, or else the boundary itself.
    const frame = requestAnimationFrame(() => {
      const target =
        notice.current ?? lost.querySelector<HTMLElement>('[data-slot="notice"]') ?? lost
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1
      target.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [lostFocus])
  const view = useMemo<RecourseView | undefined>(() => {
    if (!failure) return undefined
    // Retrying here re-runs reads (the queries that threw), never a payment.
    const retryNow = () => {
      reset()
      return true
    }
    const allowed = failure.retry.allowed || failure.kind === 'retry-later'
    return { ...failure, retry: { ...failure.retry, allowed, ...(allowed ? { retryNow } : {}) } }
  }, [failure, reset])
  if (!view) return null
  return render ? (
    render({ view, retry: reset })
  ) : (
    <RecourseNotice.Root ref={notice} tabIndex={-1} view={view} headingLevel={headingLevel} />
  )
}

/**
 * An error boundary (react-error-boundary) wired to TanStack Query's `QueryErrorResetBoundary`: renders the
 * notice for what was thrown, and its retry resets the failed queries. Pair it with `recourseDefaults()`, which
 * throws only queries that have nothing to show.
 *
 * @example
 * ```tsx
 * <RecourseBoundary><Balances /></RecourseBoundary>
 *
 * // A render error on cached data would throw again at once: drop the answer, so the retry fetches a new one.
 * <RecourseBoundary onReset={() => queryClient.removeQueries({ queryKey: ['balance'] })}>
 *   <Balances />
 * </RecourseBoundary>
 * ```
 */
export function RecourseBoundary({
  children,
  fallback,
  headingLevel = 2,
  onReset,
}: RecourseBoundaryProps) {
  const content = useRef<HTMLDivElement>(null)
  // The element that last had focus inside: if the fallback removed it, focus was lost with it.
  const lastFocused = useRef<Element | null>(null)
  const lostFocus = useCallback(() => {
    const last = lastFocused.current
    const active = document.activeElement
    return last && !last.isConnected && (active === null || active === document.body)
      ? content.current
      : null
  }, [])
  useEffect(() => {
    const element = content.current
    if (!element) return
    const onFocusIn = (event: FocusEvent) => {
      lastFocused.current = event.target as Element
    }
    element.addEventListener('focusin', onFocusIn)
    return () => element.removeEventListener('focusin', onFocusIn)
  }, [])
  const [recoveries, setRecoveries] = useState(0)
  // The retry button goes away with the fallback: put focus on what came back, if focus was lost with it.
  useEffect(() => {
    if (recoveries === 0) return
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement
      if (!active || active === document.body || content.current?.contains(active))
        content.current?.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [recoveries])
  return (
    <div ref={content} tabIndex={-1} data-slot="boundary">
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={() => {
              reset()
              onReset?.()
              setRecoveries((count) => count + 1)
            }}
            fallbackRender={({ error, resetErrorBoundary }) => (
              <Fallback
                error={error}
                reset={resetErrorBoundary}
                render={fallback}
                headingLevel={headingLevel}
                lostFocus={lostFocus}
              />
            )}
          >
            {children}
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </div>
  )
}
