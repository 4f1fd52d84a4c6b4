import { throwIfDeclined, type DeclineSource } from '@recourse/core'

/**
 * Wraps a query or mutation function so that a successful response whose body reports a declined, failed or
 * unknown payment (TabaPay, Mangopay, Cloud Payments report them in a 200) becomes an error — the screen then
 * shows the decline instead of "paid".
 *
 * @example
 * ```ts
 * useMutation({ mutationFn: rejectDeclined(api.createPayment, { method: 'POST', idempotent: true }) })
 * ```
 */
export function rejectDeclined<TArgs extends unknown[], TData>(
  fn: (...args: TArgs) => Promise<TData>,
  source: DeclineSource = {},
): (...args: TArgs) => Promise<TData> {
  return async (...args) => {
    const data = await fn(...args)
    throwIfDeclined(data, source)
    return data
  }
}
