'use client'

import { describe, type ClassifyContext, type Recourse, type RecourseKind } from '@recourse/core'
import { useMemo, useState } from 'react'
import { useRecourseConfig, type RecourseConfig, type SupportContact } from './RecourseProvider.js'
import { byName, listFieldErrors, type FormFieldError } from './toFieldErrors.js'

/** What `useRecourse` reads: an error, or a TanStack Query query or mutation result. */
export type RecourseSource = unknown

/** Everything a screen needs to tell the customer what happened and what to do next. */
export interface RecourseView {
  /** The classification. */
  recourse: Recourse
  kind: RecourseKind
  reason: string
  title: string
  message: string
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
  /** True while a new attempt is under way (the last failure stays shown until its answer). */
  retrying: boolean
  /** The error itself. */
  error: unknown
}

type Origin = 'query' | 'mutation' | 'error'

interface QueryLike {
  error: unknown
  errorUpdatedAt: number
  refetch: () => unknown
}

interface MutationLike {
  error: unknown
  variables: unknown
  mutate: (variables: never) => void
  reset: () => void
}

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

type ViewCore = Omit<RecourseView, 'retry'> & { retry: { allowed: boolean; at?: number } }

function buildView(
  error: unknown,
  origin: Origin,
  config: RecourseConfig,
  seenAt: number,
): ViewCore | undefined {
  const recourse = config.classifier.classify(error, CONTEXT[origin])
  if (recourse.silent) return undefined
  const description = describe(recourse, { catalog: config.catalog, overrides: config.overrides })
  const fields = listFieldErrors(recourse, config)
  const afterMs = recourse.retry.afterMs
  return {
    recourse,
    kind: recourse.kind,
    reason: recourse.reason,
    title: description.title,
    message: description.body,
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
 * support reference, and when and how to retry. `source` is an error, or a `useQuery`/`useMutation` result.
 * Returns undefined when there is nothing to show (no error, or the customer cancelled).
 *
 * Pure: computed once per error object, adds no render to the component.
 *
 * @example
 * ```tsx
 * const payment = useMutation({ mutationFn: pay })
 * const failure = useRecourse(payment)
 * if (failure?.kind === 'retry-later') return <button onClick={failure.retry.retryNow}>{failure.action}</button>
 * ```
 */
export function useRecourse(source: RecourseSource): RecourseView | undefined {
  const config = useRecourseConfig()
  const query = isQueryLike(source) ? source : undefined
  const mutation = !query && isMutationLike(source) ? source : undefined
  const error = query ? query.error : mutation ? mutation.error : source
  const origin: Origin = query ? 'query' : mutation ? 'mutation' : 'error'
  const seenAt = query?.errorUpdatedAt || undefined
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
    core === undefined &&
    last !== undefined &&
    (query
      ? (source as { fetchStatus?: unknown }).fetchStatus === 'fetching'
      : (source as { isPending?: unknown })?.isPending === true)
  if (core === undefined && last !== undefined && !retrying) setLast(undefined)
  const shown = core ?? (retrying ? last : undefined)

  const refetch = query?.refetch
  const mutate = mutation?.mutate
  const variables = mutation?.variables
  return useMemo(() => {
    if (!shown) return undefined
    const rerun = refetch
      ? () => void refetch()
      : mutate
        ? () => mutate(variables as never)
        : undefined
    if (!rerun || !shown.retry.allowed) return retrying ? { ...shown, retrying } : shown
    const at = shown.retry.at
    const retryNow = (): boolean => {
      if (retrying || (at !== undefined && Date.now() < at)) return false
      rerun()
      return true
    }
    return { ...shown, retrying, retry: { ...shown.retry, retryNow } }
  }, [shown, retrying, refetch, mutate, variables])
}
