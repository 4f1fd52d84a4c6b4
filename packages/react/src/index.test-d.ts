import { classify, type RecourseFetchError } from '@recourse/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  applyServerErrors,
  usePaymentMutation,
  useRecourse,
  type PaymentRequest,
  type RecourseView,
} from './index.js'

// The documented recipe: every query and mutation error is typed as what fetchJson throws.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: RecourseFetchError
  }
}

// react-hook-form's UseFormSetError<{ cardNumber: string; cvc: string }>, written out so the type test needs no
// dependency on react-hook-form.
type RhfSetError = (
  name: 'cardNumber' | 'cvc' | `root.${string}` | 'root',
  error: {
    type?: string
    message?: string
    types?: Record<string, string | string[] | boolean | undefined>
  },
  options?: { shouldFocus: boolean },
) => void

describe('@recourse/react types', () => {
  it('with Register defaultError, query errors are RecourseFetchError and useRecourse reads the result', () => {
    const query = useQuery({ queryKey: ['x'], queryFn: () => Promise.resolve(1) })
    expectTypeOf(query.error).toEqualTypeOf<RecourseFetchError | null>()
    expectTypeOf(useRecourse(query)).toEqualTypeOf<RecourseView | undefined>()
    expectTypeOf(useRecourse(useMutation({ mutationFn: () => Promise.resolve(1) }))).toEqualTypeOf<
      RecourseView | undefined
    >()
  })

  it('hands payment mutation functions their variables and the idempotency request', () => {
    const payment = usePaymentMutation({
      mutationFn: (order: { amount: number }, request) => {
        expectTypeOf(request).toEqualTypeOf<PaymentRequest>()
        return Promise.resolve({ id: String(order.amount) })
      },
    })
    expectTypeOf(payment.mutate).parameter(0).toEqualTypeOf<{ amount: number }>()
    expectTypeOf(payment.idempotencyKey).toEqualTypeOf<string | undefined>()
    // Every failure is normalized to what fetchJson throws, whatever the mutation function used.
    expectTypeOf(payment.error).toEqualTypeOf<RecourseFetchError | null>()
    expectTypeOf(payment.data).toEqualTypeOf<{ id: string } | undefined>()
  })

  it("accepts react-hook-form's setError as it is", () => {
    const setError: RhfSetError = () => undefined
    applyServerErrors(classify(new Error('x')), setError)
  })
})
