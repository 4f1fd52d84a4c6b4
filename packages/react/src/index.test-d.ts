import { classify, type RecourseFetchError } from '@recourse/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  usePaymentMutation,
  useRecourse,
  type PaymentRequest,
  type RecourseErrorView,
  type RecourseView,
} from './index.js'

// The documented recipe: every query and mutation error is typed as what fetchJson throws.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: RecourseFetchError
  }
}

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

  it('given an error rather than a result, gives a view without retryNow: there is nothing to run again', () => {
    const payment = usePaymentMutation({ mutationFn: () => Promise.resolve(1) })
    expectTypeOf(useRecourse(payment)).toEqualTypeOf<RecourseView | undefined>()
    const fromError = useRecourse(payment.error)
    expectTypeOf(fromError).toEqualTypeOf<RecourseErrorView | undefined>()
    // An error alone cannot be retried: the type says so, instead of a silent undefined at run time.
    expectTypeOf<NonNullable<typeof fromError>['retry']>().not.toHaveProperty('retryNow')
    expectTypeOf(useRecourse(classify(new Error('x')))).toEqualTypeOf<
      RecourseErrorView | undefined
    >()
  })
})
