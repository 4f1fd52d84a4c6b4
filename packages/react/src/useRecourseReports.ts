'use client'

import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { behaviourOf } from './behaviour.js'
import type { RecourseReport } from './reporter.js'

const NONE: readonly RecourseReport[] = []
const noSubscription = () => () => undefined

/**
 * The failures the app's `QueryClient` is currently reporting, each once (per query, until it succeeds or is
 * dismissed): what background toasts show. Needs a client from `createRecourseQueryClient`.
 *
 * @example
 * ```tsx
 * const { reports, dismiss } = useRecourseReports()
 * {reports.map((report) => <Toast key={report.id} onClose={() => dismiss(report.id)}>{report.label}</Toast>)}
 * ```
 */
export function useRecourseReports(): {
  reports: readonly RecourseReport[]
  dismiss: (id: string) => void
} {
  const reporter = behaviourOf(useQueryClient()).reporter
  const reports = useSyncExternalStore(
    reporter ? reporter.subscribe : noSubscription,
    reporter ? reporter.getSnapshot : () => NONE,
    reporter ? reporter.getSnapshot : () => NONE,
  )
  const dismiss = useCallback((id: string) => reporter?.resolve(id), [reporter])
  return { reports, dismiss }
}
