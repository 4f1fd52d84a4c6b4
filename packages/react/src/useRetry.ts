'use client'

import { useCallback } from 'react'
import { useRetryCountdown } from './useRetryCountdown.js'
import type { RecourseErrorView, RecourseView } from './useRecourse.js'

/** What a retry button needs: see `useRetry`. */
export interface RetryState {
  /** Whole seconds until the server allows a retry, counting down once a second; undefined without a wait. */
  seconds: number | undefined
  /** True while the server's `Retry-After` is still ahead. */
  waiting: boolean
  /** True while an attempt is under way (the customer's retry, or an automatic one). */
  busy: boolean
  /** True when pressing retries now: retrying is allowed and safe, not waiting, not busy. */
  ready: boolean
  /** Whether the view offers a retry at all (a retry is allowed and there is a request to run again). */
  offered: boolean
  /** Runs the request again when `ready`; false (and nothing sent) otherwise. */
  retry: () => boolean
}

/**
 * The logic of a retry button, for any screen: the countdown to the server's `Retry-After`, whether the button is
 * enabled, and the press, which does nothing until it may. Keep the button focusable while it waits
 * (`aria-disabled`, not `disabled`), so the customer's focus is never lost.
 *
 * @example
 * ```tsx
 * const view = useRecourse(balances)
 * const retry = useRetry(view)
 * {retry.offered && (
 *   <button aria-disabled={!retry.ready} onClick={retry.retry}>
 *     {retry.waiting ? `Try again in ${retry.seconds} s` : view?.action}
 *   </button>
 * )}
 * ```
 */
export function useRetry(view: RecourseView | RecourseErrorView | undefined): RetryState {
  const at = view?.retry.at
  const seconds = useRetryCountdown(at)
  const retryNow = view && 'retryNow' in view.retry ? view.retry.retryNow : undefined
  const waiting = seconds !== undefined && seconds > 0
  const busy = view?.retrying === true
  const offered = view?.retry.allowed === true && retryNow !== undefined
  const ready = offered && !waiting && !busy
  const retry = useCallback(() => (ready && retryNow ? retryNow() : false), [ready, retryNow])
  return { seconds, waiting, busy, ready, offered, retry }
}
