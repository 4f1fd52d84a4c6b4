// The real hooks, mounted the way a checkout mounts them, against the simulated provider.
import {
  createRecourseQueryClient,
  RecourseProvider,
  usePaymentMutation,
  useRecourse,
  type RecourseView,
  type PaymentKeyStorage,
} from '@recourse/react'
import { createClassifier, fetchJson, type Classifier } from '@recourse/core'
import { stripe } from '@recourse/core/dialects/stripe'
import { tabapay } from '@recourse/core/dialects/tabapay'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import type { SimProvider } from './simProvider.ts'

export interface Order {
  orderId: string
  amount: number | bigint
  /** A cycle, as a careless app may pass (variables JSON cannot write). */
  self?: unknown
}

type Payment = ReturnType<typeof usePaymentMutation<unknown, Order>>

export interface Screen {
  payment: Payment
  view: RecourseView | undefined
}

export interface CheckoutOptions {
  provider: SimProvider
  client: QueryClient
  /** The mutation's `mutationKey`; default none (the app's one payment scope). */
  scope?: readonly unknown[]
  /** False: a `mutationFn` that does not send the headers it is given. */
  sendsHeaders?: boolean
  /** False: no lookup. */
  lookup?: boolean
}

function Checkout({
  provider,
  scope,
  sendsHeaders = true,
  lookup = true,
  onRender,
}: Omit<CheckoutOptions, 'client'> & { onRender: (screen: Screen) => void }) {
  const payment = usePaymentMutation<unknown, Order>({
    ...(scope ? { mutationKey: scope } : {}),
    mutationFn: (order, { headers }) =>
      fetchJson('https://psp.test/payments', {
        method: 'POST',
        ...(sendsHeaders ? { headers } : {}),
        body: JSON.stringify({ orderId: order.orderId, amount: String(order.amount) }),
        fetch: provider.fetch,
      }),
    ...(lookup ? { lookup: ({ idempotencyKey }) => provider.lookup(idempotencyKey) } : {}),
  })
  const view = useRecourse(payment)
  onRender({ payment, view })
  return null
}

/** Mounts a checkout; `screen.current` is what it shows after each render. */
export function mountCheckout(options: CheckoutOptions) {
  const screen: { current: Screen | undefined } = { current: undefined }
  const { client, ...rest } = options
  const rendered = render(
    <QueryClientProvider client={client}>
      <RecourseProvider>
        <Checkout
          {...rest}
          onRender={(shown) => {
            screen.current = shown
          }}
        />
      </RecourseProvider>
    </QueryClientProvider>,
  )
  return {
    client,
    get screen(): Screen {
      if (!screen.current) throw new Error('not rendered')
      return screen.current
    },
    unmount: () => rendered.unmount(),
  }
}

/** A QueryClient as an app makes one: Recourse's retry policy (fast, for tests), and its payments' storage. */
export function makeClient(
  storage?: PaymentKeyStorage,
  retry: { maxRetries?: number } = {},
  // The simulated provider answers in Stripe's shapes, and TabaPay's 207 UNKNOWN.
  classifier: Classifier = createClassifier({ dialects: [stripe, tabapay] }),
): QueryClient {
  return createRecourseQueryClient({
    classifier,
    retry: { baseDelayMs: 1, maxRetries: 2, ...retry },
    payments: { lookupDelaysMs: [2, 4], ...(storage ? { storage } : {}) },
  })
}

/** An in-memory `sessionStorage`, kept across "reloads". */
export function memoryStorage(): PaymentKeyStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    getItem: (name) => entries.get(name) ?? null,
    setItem: (name, value) => void entries.set(name, value),
    removeItem: (name) => void entries.delete(name),
  }
}

/** Lets timers, retries and answers run until the payment is no longer pending (or a request is held). */
export async function settle(read: () => Screen, provider: SimProvider): Promise<void> {
  for (let round = 0; round < 100; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
    })
    const { payment } = read()
    if (provider.holding()) return
    if (!payment.isPending && !payment.session.inFlight && payment.session.phase !== 'checking')
      return
  }
}

/** Presses "Pay" as the customer does. */
export function pay(read: () => Screen, order: Order): void {
  act(() => read().payment.mutate(order))
}

/** Lets timers and answers run for `ms`. */
export const wait = (ms: number) =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms))
  })

/** Lets timers and answers run until `done()` (the machine may be slow), for at most about a second. */
export async function until(done: () => boolean): Promise<void> {
  for (let round = 0; round < 100 && !done(); round++) await wait(10)
}
