'use client'

import { useCallback, useSyncExternalStore } from 'react'

/**
 * Whole seconds left until a retry is allowed, counting down once a second while the component is mounted;
 * 0 once it is allowed; undefined without a time. Pass `view.retry.at` from `useRecourse`.
 *
 * @example
 * ```tsx
 * const secondsLeft = useRetryCountdown(failure?.retry.at)
 * const waiting = secondsLeft !== undefined && secondsLeft > 0
 * <button aria-disabled={waiting}>{waiting ? `Try again in ${secondsLeft} s` : 'Try again'}</button>
 * ```
 */
// Internal: `useRetry` is the public hook.
export function useRetryCountdown(at: number | undefined): number | undefined {
  const subscribe = useCallback(
    (onTick: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const schedule = (): void => {
        const left = at === undefined ? 0 : at - Date.now()
        if (left <= 0) return
        // Tick on the second boundaries of the countdown, so each tick removes exactly one second.
        timer = setTimeout(
          () => {
            onTick()
            schedule()
          },
          left % 1000 || 1000,
        )
      }
      schedule()
      return () => clearTimeout(timer)
    },
    [at],
  )
  // A whole number: React re-renders only when the figure changes.
  const seconds = (): number | undefined =>
    at === undefined ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000))
  return useSyncExternalStore(subscribe, seconds, seconds)
}
