'use client'

import { describe, type ClassifyContext, type Recourse, type RecourseKind } from '@recourse/core'
import { useMemo, useState } from 'react'
import {
  useBehaviour,
  useRecourseConfig,
  type RecourseConfig,
  type SupportContact,
} from './RecourseProvider.js'
import { byName, formDescribeOptions, formFieldErrors, type FormFieldError } from './fieldErrors.js'

/** Everything a screen needs to tell the customer what happened and what to do next. */
export interface RecourseView {
  /** The classification. */
  recourse: Recourse
  kind: RecourseKind
  reason: string
  /** The heading, e.g. "Your card was declined". */
  title: string
  /** What happened and what to do, in a sentence or two. */
  body: string
  /** The next step, as a button or link label. */
  action: string
  /** Field errors in the form's names and the customer's words. */
  fields: FormFieldError[]
  /** `{ [formFieldName]: message }`. */
  fieldErrors: Record<string, string>
  /** The reference to quote to support, and the sentence that introduces it. */
  reference?: string
  referenceText?: string
  support?: SupportContact
  retry: {
    /** Whether sending the request again may succeed and is safe. */
    allowed: boolean
    /** When it is allowed, in ms since the epoch (after the server's `Retry-After`). */
    at?: number
    /** Refetches the query or re-runs the mutation with the same variables; false if not allowed (yet). */
    retryNow?: () => boolean
  }
  /** True while a new attempt is under way: the customer's retry, or an automatic one (then `attempt` says which). */
  retrying: boolean
  /**
   * While the kit retries on its own after this failure: the attempt under way or next, and the most it makes.
   * Show it ("Still trying: attempt 2 of 4"), so a retried request never looks like a silent spinner.
   */
  attempt?: { number: number; max: number }
  /**
   * While a payment retries on its own: stop waiting for it. No further attempt is sent; what was already sent is
   * not cancelled and keeps its key, so the screen shows the failure as it stands (check the order status).
   */
  stopWaiting?: () => void
  /** The error itself. */
  error: unknown
}

/** What `useRecourse(error)` returns: a failure with no request to run again, so no `retryNow`. */
export type RecourseErrorView = Omit<RecourseView, 'retry' | 'stopWaiting' | 'attempt'> & {
  retry: { allowed: boolean; at?: number }
}

/** What `useRecourse` reads of a `useMutation` (or `usePaymentMutation`) result. */
export interface MutationResultLike {
  error: unknown
  variables: unknown
  isPending: boolean
  failureCount: number
  failureReason: unknown
  // Any variables: each mutation's `mutate` takes its own.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mutate: (variables: any, ...rest: any[]) => void
  reset: () => void
}

/** What `useRecourse` reads of a `useQuery` (or `useInfiniteQuery`) result. */
export interface QueryResultLike {
  error: unknown
  errorUpdatedAt: number
  fetchStatus: string
  failureCount: number
  failureReason: unknown
  refetch: () => unknown
}

type Origin = 'query' | 'mutation' | 'error'

/** What `usePaymentMutation` adds to a mutation result: the most attempts its retry option allows, and the stop. */
interface PaymentExtras {
  maxAttempts?: number
  stopWaiting?: () => void
}

// What the guards below can vouch for at run time; the rest of a result is read as optional.
type QueryLike = Partial<QueryResultLike> &
  Pick<QueryResultLike, 'error' | 'errorUpdatedAt' | 'refetch'> &
  PaymentExtras
type MutationLike = Partial<MutationResultLike> &
  Pick<MutationResultLike, 'error' | 'variables' | 'mutate' | 'reset'> &
  PaymentExtras

function isQueryLike(value: unknown): value is QueryLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as QueryLike).refetch === 'function' &&
    'errorUpdatedAt' in value
  )
}

function isMutationLike(value: unknown): value is MutationLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as MutationLike).mutate === 'function' &&
    typeof (value as MutationLike).reset === 'function'
  )
}

const CONTEXT: Record<Origin, ClassifyContext> = {
  query: { method: 'GET' },
  // A mutation is a POST unless its error records otherwise.
  mutation: { method: 'POST' },
  error: {},
}

type ViewCore = RecourseErrorView

function buildView(
  error: unknown,
  origin: Origin,
  config: RecourseConfig,
  seenAt: number,
): ViewCore | undefined {
  const recourse = config.classifier.classify(error, CONTEXT[origin])
  if (recourse.silent) return undefined
  // One description words the screen and the fields.
  const description = describe(recourse, { ...formDescribeOptions(config), origin })
  const fields = formFieldErrors(description)
  const afterMs = recourse.retry.afterMs
  return {
    recourse,
    kind: recourse.kind,
    reason: recourse.reason,
    title: description.title,
    body: description.body,
    action: description.action,
    fields,
    fieldErrors: byName(fields),
    retry: {
      allowed: recourse.retry.allowed,
      ...(afterMs === undefined ? {} : { at: seenAt + afterMs }),
    },
    retrying: false,
    error,
    ...(recourse.reference === undefined ? {} : { reference: recourse.reference }),
    ...(description.reference === undefined ? {} : { referenceText: description.reference }),
    ...(config.support === undefined ? {} : { support: config.support }),
  }
}

// Classification is computed once per error object and configuration, whichever component asks.
const views = new WeakMap<
  RecourseConfig,
  WeakMap<object, Partial<Record<Origin, ViewCore | null>>>
>()

function cachedView(
  error: unknown,
  origin: Origin,
  config: RecourseConfig,
  seenAt: number | undefined,
): ViewCore | undefined {
  if (typeof error !== 'object' || error === null)
    return buildView(error, origin, config, seenAt ?? Date.now())
  let byError = views.get(config)
  if (!byError) views.set(config, (byError = new WeakMap()))
  let byOrigin = byError.get(error)
  if (!byOrigin) byError.set(error, (byOrigin = {}))
  let view = byOrigin[origin]
  if (view === undefined)
    byOrigin[origin] = view = buildView(error, origin, config, seenAt ?? Date.now()) ?? null
  return view ?? undefined
}

/**
 * What to tell the customer about a failure: the classification, localized words, field errors by form field, the
 * support reference, and when and how to retry. Returns undefined when there is nothing to show (no error, or the
 * customer cancelled).
 *
 * - Given a `useQuery` or `useMutation` result (or `usePaymentMutation`'s), `retry.retryNow` runs the request again,
 *   and while the client retries on its own the view shows the last failure with `retrying` and `attempt`.
 * - Given an error, the view has no `retryNow`: there is no request to run again.
 *
 * Pure: computed once per error object, adds no render to the component.
 *
 * @example
 * ```tsx
 * const payment = usePaymentMutation({ mutationFn: pay })
 * const view = useRecourse(payment)
 * {view && <RecourseNotice.Root view={view} />}
 * ```
 */
export function useRecourse(query: QueryResultLike): RecourseView | undefined
export function useRecourse(mutation: MutationResultLike): RecourseView | undefined
// Not a query or mutation result: TypeScript would otherwise pick this overload for them (its subtype pass).
export function useRecourse<TError>(
  error: TError extends { mutate: unknown } | { refetch: unknown } ? never : TError,
): RecourseErrorView | undefined
export function useRecourse(source: unknown): RecourseView | undefined {
  const config = useRecourseConfig()
  const behaviour = useBehaviour()
  const query = isQueryLike(source) ? source : undefined
  const mutation = !query && isMutationLike(source) ? source : undefined
  const observed: QueryLike | MutationLike | undefined = query ?? mutation
  const settled = query ? query.error : mutation ? mutation.error : source
  const running = query ? query.fetchStatus === 'fetching' : mutation?.isPending === true
  // An automatic retry under way: TanStack keeps the failure in `failureReason` until the last attempt settles.
  const failureCount = observed?.failureCount ?? 0
  const retryingAfter =
    (settled === undefined || settled === null) && running && failureCount > 0
      ? observed?.failureReason
      : undefined
  const error = settled ?? retryingAfter
  const origin: Origin = query ? 'query' : mutation ? 'mutation' : 'error'
  const seenAt = (settled === query?.error && query?.errorUpdatedAt) || undefined
  const core = useMemo(
    () =>
      error === undefined || error === null ? undefined : cachedView(error, origin, config, seenAt),
    [error, origin, config, seenAt],
  )

  // TanStack Query clears `error` while a query without data, or a mutation, runs again. Keep showing the last
  // failure, marked `retrying`, until the new answer: the notice — and the retry button the customer just pressed,
  // with its focus — stays on screen. (Render-phase updates: no extra commit.)
  const [last, setLast] = useState<ViewCore | undefined>(core)
  if (core !== undefined && core !== last) setLast(core)
  const retrying =
    running && (retryingAfter !== undefined || (core === undefined && last !== undefined))
  if (core === undefined && last !== undefined && !retrying) setLast(undefined)
  const shown = core ?? (retrying ? last : undefined)

  const refetch = query?.refetch
  const mutate = mutation?.mutate
  const variables = mutation?.variables
  const attemptNumber = retryingAfter === undefined ? undefined : failureCount + 1
  const maxAttempts = observed?.maxAttempts ?? behaviour.maxAttempts
  const stopWaiting = retryingAfter === undefined ? undefined : observed?.stopWaiting
  return useMemo(() => {
    if (!shown) return undefined
    const progress = {
      ...(attemptNumber === undefined
        ? {}
        : { attempt: { number: attemptNumber, max: Math.max(attemptNumber, maxAttempts) } }),
      ...(stopWaiting ? { stopWaiting } : {}),
    }
    const rerun = refetch ? () => void refetch() : mutate ? () => mutate(variables) : undefined
    // While the client retries on its own, the next attempt is the kit's: no button to press for it.
    if (!rerun || !shown.retry.allowed || attemptNumber !== undefined)
      return retrying ? { ...shown, retrying, ...progress } : shown
    const at = shown.retry.at
    const retryNow = (): boolean => {
      if (retrying || (at !== undefined && Date.now() < at)) return false
      rerun()
      return true
    }
    return { ...shown, retrying, ...progress, retry: { ...shown.retry, retryNow } }
  }, [shown, retrying, refetch, mutate, variables, attemptNumber, maxAttempts, stopWaiting])
}
