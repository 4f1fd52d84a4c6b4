'use client'

import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { useRecourseConfig } from './RecourseProvider.js'

/** What a payment's `mutationFn` receives besides its variables. */
export interface PaymentRequest {
  /** One key for one logical submission: the same on every retry, new after a success, a decline or a fix. */
  idempotencyKey: string
  /** `{ [idempotencyHeader]: idempotencyKey }`, to spread into the request's headers. */
  headers: Record<string, string>
}

/** Options of `usePaymentMutation`: `useMutation`'s, with a `mutationFn` that receives the idempotency key. */
export type PaymentMutationOptions<TData, TError, TVariables, TContext> = Omit<
  UseMutationOptions<TData, TError, TVariables, TContext>,
  'mutationFn'
> & {
  mutationFn: (variables: TVariables, request: PaymentRequest) => Promise<TData>
  /** Makes a key. Default `crypto.randomUUID()`. */
  createKey?: () => string
}

/** `useMutation`'s result, plus the key of the current submission. */
export type PaymentMutationResult<TData, TError, TVariables, TContext> = UseMutationResult<
  TData,
  TError,
  TVariables,
  TContext
> & {
  idempotencyKey: string
}

/**
 * Keeps one idempotency key per logical submission: reused by every retry (automatic or "try again"), so the
 * provider charges once; renewed once the submission has an answer — success, decline, or input to correct.
 */
export function useIdempotencyKey(createKey: () => string = () => crypto.randomUUID()): {
  current: () => string
  renew: () => void
} {
  const key = useRef<string | null>(null)
  const current = useCallback(() => (key.current ??= createKey()), [createKey])
  const renew = useCallback(() => {
    key.current = null
  }, [])
  return { current, renew }
}

/**
 * `useMutation` for payments: every call carries an idempotency key, sent in the header named by
 * `RecourseProvider idempotencyHeader` (default `Idempotency-Key`). Retries of the same submission reuse it;
 * a success, a decline or a fix-input answer ends the submission and the next one gets a new key.
 *
 * @example
 * ```ts
 * const payment = usePaymentMutation({
 *   mutationFn: (order: Order, { headers }) =>
 *     fetchJson('/api/payments', { method: 'POST', headers, body: JSON.stringify(order) }),
 * })
 * ```
 */
export function usePaymentMutation<
  TData = unknown,
  TError = Error,
  TVariables = void,
  TContext = unknown,
>(
  options: PaymentMutationOptions<TData, TError, TVariables, TContext>,
): PaymentMutationResult<TData, TError, TVariables, TContext> {
  const { idempotencyHeader, classifier } = useRecourseConfig()
  const { mutationFn, createKey, onSuccess, onError, ...rest } = options
  const key = useIdempotencyKey(createKey)
  const mutation = useMutation<TData, TError, TVariables, TContext>({
    ...rest,
    mutationFn: (variables) => {
      const idempotencyKey = key.current()
      return mutationFn(variables, {
        idempotencyKey,
        headers: { [idempotencyHeader]: idempotencyKey },
      })
    },
    onSuccess: (...args) => {
      key.renew()
      return onSuccess?.(...args)
    },
    onError: (...args) => {
      // A definite answer ends the submission; an unknown or temporary one keeps the key, so a retry cannot
      // charge twice.
      const { kind } = classifier.classify(args[0], { method: 'POST', idempotent: true })
      if (kind === 'declined' || kind === 'fix-input') key.renew()
      return onError?.(...args)
    },
  })
  return { ...mutation, idempotencyKey: key.current() }
}
