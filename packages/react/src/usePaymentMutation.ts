'use client'

import {
  mayHaveBeenProcessed,
  reusesIdempotencyKey,
  withRequestFacts,
  type RecourseFetchError,
} from '@recourse/core'
import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { useRecourseConfig } from './RecourseProvider.js'

/** What a payment's `mutationFn` receives besides its variables. */
export interface PaymentRequest {
  /**
   * One key for one logical submission: the same on every retry, new after a settled answer or other variables —
   * except after an attempt that may have been carried out, when it stays until `renewIdempotencyKey()`.
   */
  idempotencyKey: string
  /** The header to send it in (`RecourseProvider idempotencyHeader`). */
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
}

/** `useMutation`'s result (its errors always `RecourseFetchError`), plus the key of the current submission. */
export type PaymentMutationResult<TData, TVariables, TContext> = UseMutationResult<
  TData,
  RecourseFetchError,
  TVariables,
  TContext
> & {
  /** The key of the submission under way or last sent; undefined before the first. */
  idempotencyKey: string | undefined
  /**
   * Starts a new submission: the next payment gets a new key. After an attempt that may have been carried out (a
   * timeout, a dropped connection, a 500, an unknown outcome) the key is kept even when the order changes, so the
   * provider cannot charge twice; call this once you know that attempt was not carried out (the order status
   * lookup found no payment).
   */
  renewIdempotencyKey: () => void
}

/**
 * Keeps one idempotency key per logical submission: the same for every retry of the same variables, so the
 * provider charges once; a new one for other variables (the customer changed the order), and after `renew()`.
 * After `hold()`, every submission gets the current key whatever its variables, until `renew()`.
 */
export function useIdempotencyKey(createKey: () => string = () => crypto.randomUUID()): {
  /** The key for a submission of these variables. */
  forVariables: (variables: unknown) => string
  /** The key the next submission of the same variables would use, for display; undefined before the first. */
  current: () => string | undefined
  renew: () => void
  /** Keeps the current key for the next submissions, even with other variables, until `renew()`. */
  hold: () => void
} {
  const issued = useRef<{ key: string; variables: string; held: boolean } | null>(null)
  const forVariables = useCallback(
    (variables: unknown) => {
      const fingerprint = fingerprintOf(variables)
      if (!issued.current || (!issued.current.held && issued.current.variables !== fingerprint))
        issued.current = { key: createKey(), variables: fingerprint, held: false }
      return issued.current.key
    },
    [createKey],
  )
  const current = useCallback(() => issued.current?.key, [])
  const renew = useCallback(() => {
    issued.current = null
  }, [])
  const hold = useCallback(() => {
    if (issued.current) issued.current.held = true
  }, [])
  return { forVariables, current, renew, hold }
}

/** A stable text for variables; a value JSON cannot write (cycles, BigInt) counts as new each time. */
function fingerprintOf(variables: unknown): string {
  try {
    return JSON.stringify(variables) ?? 'undefined'
  } catch {
    return crypto.randomUUID()
  }
}

/**
 * `useMutation` for payments. Every call carries an idempotency key, in the header named by
 * `RecourseProvider idempotencyHeader` (default `Idempotency-Key`); every failure is thrown as a
 * `RecourseFetchError` that records the key, so the retry policy and `useRecourse` know a retry is safe.
 *
 * One key per logical submission: retries of the same variables reuse it while the outcome is unknown or the
 * request was not processed; a settled answer (success, decline, details to fix, a payment the provider reports as
 * failed) or other variables start a new submission with a new key. After an attempt that may have been carried
 * out (a timeout, a dropped connection, a 500, an unknown outcome) the key stays even for other variables — the
 * provider then refuses the changed order instead of charging twice — until a settled answer or
 * `renewIdempotencyKey()`.
 *
 * @example
 * ```ts
 * const payment = usePaymentMutation({
 *   mutationFn: (order: Order, { headers }) =>
 *     fetchJson('/api/payments', { method: 'POST', headers, body: JSON.stringify(order) }),
 * })
 * ```
 */
export function usePaymentMutation<TData = unknown, TVariables = void, TContext = unknown>(
  options: PaymentMutationOptions<TData, TVariables, TContext>,
): PaymentMutationResult<TData, TVariables, TContext> {
  const { idempotencyHeader, classifier } = useRecourseConfig()
  const { mutationFn, createKey, onSuccess, onError, ...rest } = options
  const key = useIdempotencyKey(createKey)
  const mutation = useMutation<TData, RecourseFetchError, TVariables, TContext>({
    ...rest,
    mutationFn: async (variables) => {
      const idempotencyKey = key.forVariables(variables)
      try {
        return await mutationFn(variables, {
          idempotencyKey,
          idempotencyHeader,
          headers: { [idempotencyHeader]: idempotencyKey },
        })
      } catch (error) {
        throw withRequestFacts(error, { method: 'POST', idempotent: true })
      }
    },
    onSuccess: (...args) => {
      key.renew()
      return onSuccess?.(...args)
    },
    onError: (...args) => {
      const recourse = classifier.classify(args[0])
      // Settled: the next attempt is a new payment. May have been carried out: whatever the customer changes, the
      // next attempt keeps the key, so the provider deduplicates or refuses it rather than charging twice.
      if (!reusesIdempotencyKey(recourse)) key.renew()
      else if (mayHaveBeenProcessed(recourse)) key.hold()
      return onError?.(...args)
    },
  })
  return { ...mutation, idempotencyKey: key.current(), renewIdempotencyKey: key.renew }
}
