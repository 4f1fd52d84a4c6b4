import type { Classifier, ClassifyContext, Recourse } from '@recourse/core'

/** One failure, reported once: what telemetry and background toasts receive. */
export interface RecourseReport {
  /** Stable per query (`query:<hash>`) or per mutation (`mutation:<id>`). */
  id: string
  origin: 'query' | 'mutation'
  /** The classification, card numbers masked. The raw error is never passed on. */
  recourse: Recourse
  /** True when the query already had data on screen: a failure in the background, not of the user's action. */
  background: boolean
  /** The query's hash, for queries. */
  queryHash?: string
  /** Which part of the app failed, in the customer's words, from `meta: { recourse: { label } }`: 'Balances'. */
  label?: string
  /** When it was reported, in ms since the epoch. */
  at: number
}

/**
 * Per-query or per-mutation `meta` that Recourse reads: `meta: { recourse: { report: false } }` keeps a failure out
 * of the reports; `meta: { recourse: { label: 'Balances' } }` names the part of the app it feeds, for the reports
 * and their toasts ("Balances: Connection problem").
 */
export interface RecourseMeta {
  recourse?: {
    /** False: failures are not reported (no telemetry, no toast). */
    report?: boolean
    /** Which part of the app the query or mutation feeds, in the customer's words: `RecourseReport.label`. */
    label?: string
  }
}

/** Reports failures once each, to the app's `onReport` (telemetry) and to subscribers of the active list (toasts). */
export interface RecourseReporter {
  /**
   * Reports a failure to `onReport` unless its id is already active, its meta opts out, or it is silent (a
   * user's abort). A query's report stays active until the query succeeds or is dismissed.
   */
  report: (error: unknown, source: ReportSource) => void
  /** Ends a report: the query succeeded, or the toast was dismissed. */
  resolve: (id: string) => void
  /** For `useSyncExternalStore`: the active reports, a new array only when they change. */
  subscribe: (onChange: () => void) => () => void
  getSnapshot: () => readonly RecourseReport[]
}

/** Where a reported failure comes from. */
export interface ReportSource {
  id: string
  origin: 'query' | 'mutation'
  background: boolean
  meta?: unknown
  queryHash?: string
}

function recourseMeta(meta: unknown): RecourseMeta['recourse'] {
  const recourse = (meta as RecourseMeta | undefined)?.recourse
  return typeof recourse === 'object' && recourse !== null ? recourse : undefined
}

function optsOut(meta: unknown): boolean {
  return recourseMeta(meta)?.report === false
}

/** The meta's label, when it is a non-empty string. */
function labelOf(meta: unknown): string | undefined {
  const label = recourseMeta(meta)?.label
  return typeof label === 'string' && label.trim() !== '' ? label : undefined
}

/** Creates a reporter; `createRecourseQueryClient` makes one per client and wires it to the caches. */
export function createRecourseReporter(options: {
  classifier: Classifier
  onReport?: ((report: RecourseReport) => void) | undefined
  now?: () => number
}): RecourseReporter {
  const now = options.now ?? Date.now
  const subscribers = new Set<() => void>()
  let active: readonly RecourseReport[] = []

  const publish = (next: readonly RecourseReport[]): void => {
    active = next
    for (const onChange of subscribers) onChange()
  }

  return {
    report(error, source) {
      if (optsOut(source.meta) || active.some((report) => report.id === source.id)) return
      const context: ClassifyContext = { method: source.origin === 'query' ? 'GET' : 'POST' }
      const recourse = options.classifier.classify(error, context)
      if (recourse.silent) return
      const label = labelOf(source.meta)
      const report: RecourseReport = {
        id: source.id,
        origin: source.origin,
        recourse,
        background: source.background,
        at: now(),
        ...(source.queryHash === undefined ? {} : { queryHash: source.queryHash }),
        ...(label === undefined ? {} : { label }),
      }
      // A query's report stays active until it succeeds (a toast); a mutation's failure is the user's own
      // action, shown by its form: it goes to telemetry only.
      if (source.origin === 'query') publish([...active, report])
      options.onReport?.(report)
    },
    resolve(id) {
      if (active.some((report) => report.id === id))
        publish(active.filter((report) => report.id !== id))
    },
    subscribe(onChange) {
      subscribers.add(onChange)
      return () => subscribers.delete(onChange)
    },
    getSnapshot: () => active,
  }
}
