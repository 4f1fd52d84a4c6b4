'use client'

import { RecourseFetchError } from '@recourse/core'
import {
  type PaymentLookup,
  type PaymentLookupResult,
  type PaymentSessionState,
} from './paymentSession.js'
import {
  useMutation,
  useQueryClient,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { behaviourOf } from './behaviour.js'
import { DEFAULT_PAYMENT_SCOPE, paymentSessionFor } from './paymentSessions.js'

// The key each failed attempt was sent with, so an automatic retry goes out only while it is still the payment's.
const sentWith = new WeakMap<object, string>()

/** What a payment's `mutationFn` receives besides its variables. */
export interface PaymentRequest {
  /**
   * The payment's key: one intent to pay, one key, the same on every retry and every attempt until the payment is
   * settled (see the key's life in `PaymentPhase`). Send it, or the request is not keyed and never resent.
   */
  idempotencyKey: string
  /** The header to send it in (`createRecourseQueryClient({ idempotencyHeader })`; default `Idempotency-Key`). */
  idempotencyHeader: string
  /** `{ [idempotencyHeader]: idempotencyKey }`, to spread into the request's headers. */
  headers: Record<string, string>
}

/** Options of `usePaymentMutation`: `useMutation`'s, with a `mutationFn` that receives the idempotency key. */
export type PaymentMutationOptions<TData, TVariables, TContext> = Omit<
  UseMutationOptions<TData, RecourseFetchError, TVariables, TContext>,
  'mutationFn'
> & {
  mutationFn: (variables: TVariables, request: PaymentRequest) => Promise<TData>
  /** Makes a key. Default `crypto.randomUUID()`. */
  createKey?: () => string
  /**
   * How to ask the provider what happened to a key, after an attempt of unknown outcome: Mangopay
   * `GET /responses/{key}`, TabaPay Retrieve Transaction, Stripe replaying the same key. Called with backoff after
   * such an attempt, and by `checkStatus()`. Charged shows the payment as a success; not charged lets the customer pay
   * again (the same details keep the key; changed ones get a new one).
   */
  lookup?: PaymentLookup<TData>
}

/** `useMutation`'s result (its errors always `RecourseFetchError`), plus the payment's key and session. */
export type PaymentMutationResult<TData, TVariables, TContext> = UseMutationResult<
  TData,
  RecourseFetchError,
  TVariables,
  TContext
> & {
  /** The payment's key; undefined before the first attempt. */
  idempotencyKey: string | undefined
  /** Where the payment stands (`phase`, `inFlight`, `processed`, `lookup`), shared by every hook of its scope. */
  session: PaymentSessionState
  /**
   * The app has confirmed that no payment was taken (its order status shows none), or starts a new payment in
   * this scope: the next attempt gets a new key. Refused (false) while a request with the key is unanswered.
   */
  renewIdempotencyKey: () => boolean
  /** Asks `lookup` now (the customer's "Check your order status"). Without a `lookup`, resolves `unknown`. */
  checkStatus: () => Promise<PaymentLookupResult<TData>>
  /**
   * Stops waiting for automatic retries: no further attempt is sent, and the last failure shows at once. Nothing
   * already sent is cancelled and the key stays: the answer, when it comes, still settles the payment. Paying again
   * meanwhile starts one new attempt (a double-click included) once the stopped retry's wait is over.
   */
  stopWaiting: () => void
  /** The most attempts of one payment under the retry option: the first and its automatic retries. */
  maxAttempts: number
}

/** The hook's own account of one payment session's attempts. */
interface Attempts<TData> {
  /** mutate() calls whose first mutationFn has not run yet: what tells a retry (same key) from a new attempt. */
  firstRuns: number
  /** The customer stopped waiting for this attempt's automatic retries (`stopWaiting`): no retry is sent. */
  stopped: boolean
  /** The last failure of the attempt under way: what a retry stopped before it was sent ends with. */
  lastFailure?: RecourseFetchError
  /** A mutate() in the same tick as another, before the first reaches mutationFn, joins this. */
  submitting?: Promise<TData>
  /** A new attempt pressed after a stop, waiting for the stopped one to end: a second press joins it. */
  restart?: Promise<TData>
}

/**
 * `useMutation` for payments: one intent to pay, one idempotency key, held until every request sent with it is
 * settled. Every failure is thrown as a `RecourseFetchError` that records the key (as actually sent), so the retry
 * policy and `useRecourse` know when a retry is safe.
 *
 * - **The key belongs to the payment, not the component.** It lives with the QueryClient, scoped by the
 *   `mutationKey` (an order or cart id; default: one payment at a time in the app), so a remount keeps it; with
 *   `createRecourseQueryClient({ payments: { storage: sessionStorage } })`, so does a reload.
 * - **One attempt at a time.** While a request with the key is unanswered, `mutate`, a double-click or `retryNow`
 *   joins it: nothing new is sent. `session.inFlight` says so.
 * - **No new key while a payment may have been taken** (a timeout, a dropped connection, a 500, a 207 UNKNOWN, an
 *   idempotency conflict after one of those): whatever the customer changes, the next attempt keeps the key, so the
 *   provider deduplicates or refuses it. `lookup` (or `renewIdempotencyKey()`, once the app knows) settles it.
 * - **A new key after a settled "not charged"** (a decline, details to fix): the next attempt is a new payment.
 *   After a `lookup`'s "not charged", the same details keep the key (a request still on the network when the
 *   provider was asked is then deduplicated when it lands); changed details get a new one.
 *
 * @example
 * ```ts
 * const payment = usePaymentMutation({
 *   mutationKey: ['pay', orderId],
 *   mutationFn: (order: Order, { headers }) =>
 *     fetchJson('/api/payments', { method: 'POST', headers, body: JSON.stringify(order) }),
 *   lookup: ({ idempotencyKey }) => orderStatus(orderId, idempotencyKey),
 * })
 * ```
 */
export function usePaymentMutation<TData = unknown, TVariables = void, TContext = unknown>(
  options: PaymentMutationOptions<TData, TVariables, TContext>,
): PaymentMutationResult<TData, TVariables, TContext> {
  const queryClient = useQueryClient()
  const { idempotencyHeader, classifier, maxAttempts: clientMaxAttempts } = behaviourOf(queryClient)
  const { mutationFn, createKey, lookup, onError, onMutate, mutationKey, ...rest } = options
  const [stoppedShown, setStoppedShown] = useState(false)
  const scope = mutationKey ?? DEFAULT_PAYMENT_SCOPE
  const session = paymentSessionFor(queryClient, scope, createKey)
  // What this hook knows of each session's attempts, kept per session: when the app switches `mutationKey` (another
  // order) while a request is under way, the new payment neither joins nor counts the old one's.
  const attemptsBySession = useRef(new WeakMap<object, Attempts<TData>>())
  const attemptsOf = useCallback((of: object): Attempts<TData> => {
    let found = attemptsBySession.current.get(of)
    if (!found) attemptsBySession.current.set(of, (found = { firstRuns: 0, stopped: false }))
    return found
  }, [])
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState)
  const latestLookup = useRef(lookup)
  useEffect(() => {
    latestLookup.current = lookup
  })
  // The client's classifier judges each error once, however many steps ask (the session's verdict, the retry
  // decision, the screen): on a hostile 64 KiB body a classification costs milliseconds.
  const judge = useCallback(
    (error: unknown) => classifier.classify(error, { method: 'POST' }),
    [classifier],
  )
  const mutation = useMutation<TData, RecourseFetchError, TVariables, TContext>(
    {
      ...rest,
      mutationKey: scope,
      // TanStack calls onMutate once per mutate(), before its first mutationFn, never before a retry: what
      // tells a retry (which must keep its key) from a new attempt.
      onMutate: async (...args) => {
        // Counted once the app's own onMutate is through: if it throws, TanStack runs no mutationFn.
        const context = await onMutate?.(...args)
        attemptsOf(session).firstRuns += 1
        return context as TContext
      },
      mutationFn: (variables) => {
        const local = attemptsOf(session)
        const retry = local.firstRuns === 0
        if (!retry) local.firstRuns -= 1
        // Stopped while this retry waited for its delay: end with the last failure, sending nothing.
        if (retry && local.stopped && local.lastFailure) return Promise.reject(local.lastFailure)
        return session.attempt(
          variables,
          async (idempotencyKey, priorProcessed) => {
            // A mutationFn that never reads the key cannot have sent it: its failures count as unkeyed.
            let readKey = false
            const request: PaymentRequest = {
              get idempotencyKey() {
                readKey = true
                return idempotencyKey
              },
              idempotencyHeader,
              get headers() {
                readKey = true
                return { [idempotencyHeader]: idempotencyKey }
              },
            }
            try {
              const data = await mutationFn(variables, request)
              // A 2xx whose body reports a declined, failed or unknown payment (TabaPay, Mangopay, Cloud Payments
              // answer so) is a failure, read with the client's dialects: never shown as paid.
              RecourseFetchError.throwIfDeclined(data, {
                classifier,
                method: 'POST',
                idempotent: readKey,
                requestHeaders: readKey ? [idempotencyHeader] : [],
              })
              return data
            } catch (error) {
              const failure = RecourseFetchError.from(error, {
                method: 'POST',
                idempotent: readKey,
                idempotencyHeader,
                priorProcessed,
              })
              sentWith.set(failure, idempotencyKey)
              attemptsOf(session).lastFailure = failure
              throw failure
            }
          },
          judge,
          retry,
        )
      },
      // The app's `retry` (or the client's) decides how often; the kit decides whether at all: only the same
      // request, with the same key, while the payment still says so — never an unkeyed or settled one.
      retry: (failureCount, error) => {
        const chosen =
          rest.retry ??
          queryClient.getMutationDefaults(scope).retry ??
          queryClient.getDefaultOptions().mutations?.retry ??
          0
        const wanted =
          typeof chosen === 'function'
            ? chosen(failureCount, error)
            : typeof chosen === 'number'
              ? failureCount < chosen
              : chosen
        if (!wanted || attemptsOf(session).stopped) return false
        const recourse = judge(error)
        const now = session.getState()
        return (
          recourse.retry.allowed &&
          recourse.repeatWith === 'same-key' &&
          now.repeatWith === 'same-key' &&
          sentWith.get(error) === now.key
        )
      },
      onError: (...args) => {
        // Retries are over and the payment may have been taken: ask the provider, with backoff.
        const ask = latestLookup.current
        if (ask && session.getState().phase === 'unknown') session.watch(ask)
        return onError?.(...args)
      },
    },
    queryClient,
  )
  // Mounted on a payment of unknown outcome (a reload with storage, a remount): ask the provider, as after a failure.
  useEffect(() => {
    const ask = latestLookup.current
    const now = session.getState()
    if (ask && now.phase === 'unknown' && !now.inFlight) session.watch(ask)
  }, [session])

  // A second mutate() in the same tick, before the first reaches mutationFn, joins it too.
  const { mutateAsync: send } = mutation
  const mutateAsync = useCallback<typeof send>(
    (...args) => {
      const local = attemptsOf(session)
      // A request on its way, or an attempt still starting: joined, nothing new is sent.
      const underWay =
        session.running() ?? local.restart ?? (local.stopped ? undefined : local.submitting)
      if (underWay) return underWay as Promise<TData>
      // A new attempt: an earlier one's stop no longer holds. Cleared here, not in onMutate (which TanStack runs a
      // tick later): a stop made in that tick is this attempt's, and must hold.
      const start = () => {
        local.stopped = false
        return send(...args)
      }
      setStoppedShown(false)
      // Stopped while its automatic retry waited: that attempt ends, sending nothing, when its wait is over; the new
      // one starts then, so the stopped retry cannot go out beside it. (Had it been paid, this press is too.)
      const stoppedAttempt = local.stopped ? local.submitting : undefined
      const promise = stoppedAttempt ? stoppedAttempt.then((data) => data, start) : start()
      local.submitting = promise
      // Until it starts (and after: it is the attempt under way), a second press joins the new attempt.
      if (stoppedAttempt) local.restart = promise
      const clear = () => {
        if (local.submitting === promise) delete local.submitting
        if (local.restart === promise) delete local.restart
      }
      promise.then(clear, clear)
      return promise
    },
    [send, session, attemptsOf],
  )
  const mutate = useCallback<typeof mutation.mutate>(
    (...args) => {
      mutateAsync(...args).catch(() => undefined)
    },
    [mutateAsync],
  )
  const checkStatus = useCallback(
    (): Promise<PaymentLookupResult<TData>> =>
      latestLookup.current
        ? session.check(latestLookup.current)
        : Promise.resolve({ status: 'unknown' }),
    [session],
  )
  // Refused while any attempt of this payment is under way or waiting for its automatic retry.
  const renewIdempotencyKey = useCallback(
    () => queryClient.isMutating({ mutationKey: scope, exact: true }) === 0 && session.renew(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the scope's hash, not its array's identity
    [queryClient, session],
  )

  const stopWaiting = useCallback(() => {
    attemptsOf(session).stopped = true
    setStoppedShown(true)
  }, [attemptsOf, session])
  const maxAttempts =
    typeof rest.retry === 'number' ? rest.retry + 1 : rest.retry === false ? 1 : clientMaxAttempts

  const { reset: resetMutation } = mutation
  const reset = useCallback(() => {
    session.dismiss()
    resetMutation()
  }, [session, resetMutation])

  const extra = {
    idempotencyKey: state.key,
    session: state,
    renewIdempotencyKey,
    checkStatus,
    mutate,
    mutateAsync,
    reset,
    stopWaiting,
    maxAttempts,
  }
  type Result = PaymentMutationResult<TData, TVariables, TContext>
  // The payment is made (here, before a remount, or found by a lookup after a failure here): a success.
  // (`reset()` alone keeps showing it; `renewIdempotencyKey()` starts a new payment.)
  if (
    state.phase === 'paid' &&
    (mutation.isIdle || (mutation.isError && state.lookup === 'charged'))
  )
    return {
      ...mutation,
      ...extra,
      status: 'success',
      isIdle: false,
      isError: false,
      isSuccess: true,
      error: null,
      failureReason: null,
      data: state.lookupData as TData,
      variables: (mutation.variables ?? state.variables) as TVariables,
    }
  // A lookup found no payment for an attempt that failed here: nothing to show; the customer may pay again.
  if (mutation.isError && state.lookup === 'not-charged' && state.phase === 'failed')
    return {
      ...mutation,
      ...extra,
      status: 'idle',
      isIdle: true,
      isError: false,
      error: null,
      failureReason: null,
    } as Result
  // The customer stopped waiting for the automatic retries: the last failure, as it stands, at once. (A request
  // already sent is still answered: a success then shows as one.)
  if (stoppedShown && mutation.isPending && mutation.failureReason)
    return {
      ...mutation,
      ...extra,
      status: 'error',
      isPending: false,
      isError: true,
      error: mutation.failureReason,
    }
  // Mounted again (a remount) while this payment's request is under way, or after it failed: the same here.
  if (mutation.isIdle && state.inFlight)
    return {
      ...mutation,
      ...extra,
      status: 'pending',
      isIdle: false,
      isPending: true,
      variables: state.variables as TVariables,
    }
  if (mutation.isIdle && state.error !== undefined)
    return {
      ...mutation,
      ...extra,
      status: 'error',
      isIdle: false,
      isError: true,
      error: state.error as RecourseFetchError,
      variables: state.variables as TVariables,
    }
  return { ...mutation, ...extra }
}
