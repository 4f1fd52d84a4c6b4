// TEMPORARY until packages/react lands `useRetry` and `RecourseView.body`: delete with the merge.
import { useRetryCountdown, type RecourseView } from '@recourse/react'

export function bodyOf(view: RecourseView): string {
  const record = view as unknown as { body?: string; message?: string }
  return record.body ?? record.message ?? ''
}

export function useRetry(view: RecourseView | undefined): {
  seconds: number | undefined
  waiting: boolean
  ready: boolean
  busy: boolean
  retry: () => boolean
} {
  const seconds = useRetryCountdown(view?.retry.at)
  const waiting = seconds !== undefined && seconds > 0
  const busy = view?.retrying ?? false
  const retryNow = view?.retry.retryNow
  const ready = !!view?.retry.allowed && retryNow !== undefined && !waiting && !busy
  return { seconds, waiting, ready, busy, retry: () => (ready && retryNow ? retryNow() : false) }
}
