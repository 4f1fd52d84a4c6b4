// Attacks on issue 11's guarantee ("Never a double charge, for real"), from the outside: the real
// usePaymentMutation + createRecourseQueryClient against the simulated provider. A failing test here is a finding:
// a second charge, an unkeyed resend, "declined" shown while a charge exists, or a customer who cannot finish paying.
import {
  createRecourseQueryClient,
  RecourseProvider,
  usePaymentMutation,
  useRecourse,
  type PaymentLookup,
} from '@recourse/react'
import { fetchJson } from '@recourse/core'
import { stripe } from '@recourse/core/dialects/stripe'
import { tabapay } from '@recourse/core/dialects/tabapay'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import { StrictMode, useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import {
  makeClient,
  memoryStorage,
  mountCheckout,
  pay,
  settle,
  until,
  wait,
  type Order,
  type Screen,
} from './harness.tsx'
import { createSimProvider, type SimProvider } from './simProvider.ts'

const order: Order = { orderId: 'o1', amount: 42 }
const URL_ = 'https://psp.test/payments'

/** A client whose automatic retries wait long enough (400 ms, then 800 ms) for a customer to act between them. */
function slowRetryClient(): QueryClient {
  return createRecourseQueryClient({
    dialects: [stripe, tabapay],
    retry: { baseDelayMs: 200, maxRetries: 2, random: () => 1 },
    payments: { lookupDelaysMs: [2, 4] },
  })
}

interface AppOptions {
  provider: SimProvider
  client: QueryClient
  scope?: readonly unknown[]
  /** The app's own mutationFn; default: fetchJson with the headers it is given. */
  mutationFn?: (order: Order, request: { headers: Record<string, string> }) => Promise<unknown>
  /** The app's override of the QueryClient's retry (useMutation's `retry`). */
  retry?: number | boolean
  lookup?: PaymentLookup<unknown>
  strict?: boolean
  /** The mutation's gcTime. */
  gcTime?: number
  /** The app's key maker. */
  createKey?: () => string
  /** Extra payment hooks of the same scope on the page (an express-pay button beside the card form). */
  twin?: boolean
}

function App({
  provider,
  scope,
  mutationFn,
  retry,
  lookup,
  createKey,
  gcTime,
  onRender,
}: Omit<AppOptions, 'client' | 'strict' | 'twin'> & { onRender: (screen: Screen) => void }) {
  const payment = usePaymentMutation<unknown, Order>({
    ...(scope ? { mutationKey: scope } : {}),
    ...(retry === undefined ? {} : { retry }),
    mutationFn:
      mutationFn ??
      ((o, { headers }) =>
        fetchJson(URL_, {
          method: 'POST',
          headers,
          body: JSON.stringify({ orderId: o.orderId, amount: String(o.amount) }),
          fetch: provider.fetch,
        })),
    ...(lookup ? { lookup } : {}),
    ...(createKey ? { createKey } : {}),
    ...(gcTime === undefined ? {} : { gcTime }),
  })
  const view = useRecourse(payment)
  onRender({ payment, view })
  return null
}

function mountApp(options: AppOptions) {
  const shown: { main?: Screen; twin?: Screen } = {}
  const { client, strict, twin, ...rest } = options
  const tree = (
    <QueryClientProvider client={client}>
      <RecourseProvider>
        <App {...rest} onRender={(screen) => (shown.main = screen)} />
        {twin ? <App {...rest} onRender={(screen) => (shown.twin = screen)} /> : null}
      </RecourseProvider>
    </QueryClientProvider>
  )
  const rendered = render(strict ? <StrictMode>{tree}</StrictMode> : tree)
  return {
    read: (): Screen => {
      if (!shown.main) throw new Error('not rendered')
      return shown.main
    },
    readTwin: (): Screen => {
      if (!shown.twin) throw new Error('not rendered')
      return shown.twin
    },
    unmount: () => rendered.unmount(),
  }
}

/**
 * A keyed fetchJson mutationFn that gives up after 20 ms, as a real fetch does when its signal aborts; the request it
 * sent carries on at the provider.
 */
function timingOut(provider: SimProvider): NonNullable<AppOptions['mutationFn']> {
  const fetchWithSignal: typeof fetch = (url, init) =>
    new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error))
      provider.fetch(url, init).then(resolve, reject)
    })
  return (o, { headers }) =>
    fetchJson(URL_, {
      method: 'POST',
      headers,
      body: JSON.stringify({ orderId: o.orderId, amount: String(o.amount) }),
      fetch: fetchWithSignal,
      timeoutMs: 20,
    })
}

/** A checkout whose requests time out on the client while the provider holds them. */
function timingOutApp(provider: SimProvider) {
  return { provider, client: makeClient(), mutationFn: timingOut(provider) }
}

const keysOf = (provider: SimProvider) => provider.requests.map((request) => request.key)

/** The customer presses Pay again: still one key and one charge for the order. */
async function payAgainChargesOnce(read: () => Screen, provider: SimProvider): Promise<void> {
  pay(read, order)
  await settle(read, provider)
  expect.soft(new Set(keysOf(provider)).size, 'keys sent').toBe(1)
  expect(provider.charges.get('o1'), 'charges').toBe(1)
}

describe('found by an outside attack, and fixed', () => {
  it('given renewIdempotencyKey() between two automatic retries of a lost answer, the pending retry must not go out under a new key (second charge)', async () => {
    const provider = createSimProvider()
    const app = mountApp({ provider, client: slowRetryClient() })
    // Charged, answer lost; TanStack schedules a retry with the same key (400 ms).
    provider.faults.push('lose-after')
    pay(app.read, order)
    await until(() => provider.requests.length === 1 && !app.read().payment.session.inFlight)
    expect(provider.requests).toHaveLength(1)
    // The checkout still says "Paying…": the payment is not settled.
    expect(app.read().payment.isPending).toBe(true)
    // The app starts over (the customer edited the cart, say): renew is documented as refused while unanswered.
    let renewed: boolean | undefined
    act(() => {
      renewed = app.read().payment.renewIdempotencyKey()
    })
    await until(() => provider.requests.length > 1)
    await settle(app.read, provider)
    expect.soft(renewed, 'renew accepted while the payment is still being retried').toBe(false)
    expect.soft(new Set(keysOf(provider)).size, 'keys sent').toBe(1)
    expect(provider.charges.get('o1'), 'charges').toBe(1)
  })

  it('given a paid payment (200) and a lookup that lags (not found yet), checkStatus must not reopen the key: the next Pay is no second charge', async () => {
    const provider = createSimProvider()
    // An eventually consistent status endpoint (a search index): a payment made a moment ago is not found yet.
    const lagging: PaymentLookup<unknown> = () => Promise.resolve({ status: 'not-charged' })
    const app = mountApp({ provider, client: makeClient(), lookup: lagging })
    pay(app.read, order)
    await settle(app.read, provider)
    expect(app.read().payment.isSuccess).toBe(true)
    // The customer presses "Check your order status" on the receipt.
    await act(async () => {
      await app.read().payment.checkStatus()
    })
    expect.soft(app.read().payment.session.processed, 'a 200 demoted by a lookup').toBe('yes')
    await payAgainChargesOnce(app.read, provider)
  })

  it('given a remount during the backoff after a 503, then a decline, the old automatic retry goes out under a new key and the screen still says declined while charged', async () => {
    const provider = createSimProvider()
    const client = slowRetryClient()
    provider.faults.push('unavailable-before', 'decline')
    const first = mountApp({ provider, client })
    pay(first.read, order)
    await until(() => provider.requests.length === 1 && !first.read().payment.session.inFlight)
    expect(provider.requests).toHaveLength(1)
    // The customer leaves and comes back during the backoff, and presses Pay: declined.
    first.unmount()
    const second = mountApp({ provider, client })
    pay(second.read, order)
    await until(() => second.read().view?.kind === 'declined')
    expect(second.read().view?.kind).toBe('declined')
    // The first mutation's automatic retry runs on its own (or is dropped): waited for until both mutations are
    // over, not for a time a busy machine may overrun.
    await until(() => client.isMutating() === 0)
    expect(client.isMutating(), 'mutations still running').toBe(0)
    const { view } = second.read()
    expect
      .soft(keysOf(provider).length, 'requests the customer did not ask for after the decline')
      .toBe(2)
    if (provider.chargedKeys.size > 0)
      expect(view?.kind, 'shown declined while a charge exists').not.toBe('declined')
  })

  it('given an automatic lookup still waiting when the customer checks the status, the older answer does not undo the newer "charged"', async () => {
    const provider = createSimProvider()
    provider.faults.push('lose-after', 'lose-after', 'lose-after')
    let calls = 0
    // The first (automatic) lookup read a lagging replica and answers late; the customer's later one is current.
    // Neither is wrong for its moment: the older is simply superseded (and was aborted, which it ignores).
    const lookup: PaymentLookup<unknown> = () => {
      calls += 1
      return calls === 1
        ? new Promise((resolve) => setTimeout(() => resolve({ status: 'not-charged' }), 150))
        : Promise.resolve({ status: 'charged' })
    }
    const client = createRecourseQueryClient({
      dialects: [stripe, tabapay],
      retry: { baseDelayMs: 1, maxRetries: 2 },
      payments: { lookupDelaysMs: [5, 1000] },
    })
    const app = mountApp({ provider, client, lookup })
    pay(app.read, order)
    for (let round = 0; round < 50 && calls === 0; round++) await wait(10)
    expect(calls).toBe(1)
    await act(async () => {
      await app.read().payment.checkStatus()
    })
    expect(app.read().payment.isSuccess).toBe(true)
    await wait(250)
    expect.soft(app.read().payment.session.phase, 'phase after the stale answer').toBe('paid')
    await payAgainChargesOnce(app.read, provider)
  })

  it('given the documented lookup (not charged only when the provider says so for good) and a request the provider is still processing after a client timeout, no second charge', async () => {
    const provider = createSimProvider()
    provider.faults.push('slow')
    const app = mountApp({
      ...timingOutApp(provider),
      // docs/storybook/RetryPolicy.mdx: charged, not charged, or (still processing) unknown.
      lookup: ({ idempotencyKey }) => provider.lookup(idempotencyKey),
    })
    pay(app.read, order)
    await wait(200)
    expect(provider.holding()).toBe(true)
    // The customer presses Pay again; then the provider finishes the first request.
    pay(app.read, order)
    await wait(50)
    act(() => provider.deliver())
    await wait(50)
    expect.soft(new Set(keysOf(provider)).size, 'keys sent').toBe(1)
    expect(provider.charges.get('o1'), 'charges').toBe(1)
  })

  it('given a mutationFn on plain fetch that drops the headers it is given, a lost answer is never resent unkeyed', async () => {
    const provider = createSimProvider()
    provider.faults.push('lose-after', 'lose-after', 'lose-after')
    const app = mountApp({
      provider,
      client: makeClient(),
      mutationFn: async (o) => {
        // Careless: the headers are not passed on.
        const response = await provider.fetch(URL_, { method: 'POST', body: JSON.stringify(o) })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return (await response.json()) as unknown
      },
    })
    pay(app.read, order)
    await settle(app.read, provider)
    expect.soft(keysOf(provider), 'requests sent').toEqual([null])
    expect(provider.charges.get('o1'), 'charges').toBe(1)
  })

  it('given the app overrides retry: 3 on the hook and its fetchJson drops the headers, a timeout is never resent unkeyed', async () => {
    const provider = createSimProvider()
    provider.faults.push('timeout-after', 'timeout-after', 'timeout-after', 'timeout-after')
    const app = mountApp({
      provider,
      client: makeClient(),
      retry: 3,
      mutationFn: (o) =>
        fetchJson(URL_, {
          method: 'POST',
          body: JSON.stringify({ orderId: o.orderId, amount: String(o.amount) }),
          fetch: provider.fetch,
        }),
    })
    pay(app.read, order)
    await settle(app.read, provider)
    await wait(50)
    expect.soft(keysOf(provider), 'requests sent').toEqual([null])
    expect(provider.charges.get('o1'), 'charges').toBe(1)
  })

  it('given the app overrides retry: true on the hook, a keyed decline is never re-sent automatically under a new key', async () => {
    const provider = createSimProvider()
    // Declined once; the card would go through on a second, automatic, new-key attempt the customer never made.
    provider.faults.push('decline')
    const app = mountApp({ provider, client: makeClient(), retry: true })
    pay(app.read, order)
    await settle(app.read, provider)
    await wait(50)
    expect.soft(app.read().view?.kind, 'shown').toBe('declined')
    expect(keysOf(provider), 'requests sent').toHaveLength(1)
  })

  it('given a reload while the request was in flight (storage kept the key) and a lookup, the checkout asks the provider instead of showing a blank form', async () => {
    const provider = createSimProvider()
    const storage = memoryStorage()
    provider.faults.push('slow')
    const before = mountCheckout({ provider, client: makeClient(storage) })
    pay(() => before.screen, order)
    await settle(() => before.screen, provider)
    before.unmount()
    // The provider charges the request the page was waiting for.
    act(() => provider.deliver())
    const after = mountCheckout({ provider, client: makeClient(storage) })
    await wait(50)
    const { payment } = after.screen
    expect.soft(payment.session.phase, 'phase after the reload').not.toBe('unknown')
    // Charged: the lookup the app gave would say so; the screen shows nothing at all (an idle, blank checkout).
    expect(payment.isSuccess || payment.isError, 'something shown about the payment').toBe(true)
  })
})

describe('held: tried and the guarantee stood', () => {
  it('given StrictMode (double render and effects) and a double-click on a lost answer, one key and one charge', async () => {
    const provider = createSimProvider()
    provider.faults.push('lose-after', 'decline', 'decline')
    const app = mountApp({ provider, client: makeClient(), strict: true })
    act(() => {
      app.read().payment.mutate(order)
      app.read().payment.mutate(order)
    })
    await settle(app.read, provider)
    expect(new Set(keysOf(provider)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
    expect(app.read().payment.isSuccess).toBe(true)
  })

  it('given two hooks of the same scope pressed in the same tick, one request', async () => {
    const provider = createSimProvider()
    provider.faults.push('slow')
    const app = mountApp({ provider, client: makeClient(), twin: true, scope: ['pay', 'o1'] })
    act(() => {
      app.read().payment.mutate(order)
      app.readTwin().payment.mutate({ ...order, amount: 43 })
    })
    await settle(app.read, provider)
    expect(provider.requests).toHaveLength(1)
    expect(app.readTwin().payment.session.inFlight).toBe(true)
    act(() => provider.deliver())
    await settle(app.read, provider)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given mutate() again from the hook options onError, nothing new is sent', async () => {
    const provider = createSimProvider()
    provider.faults.push('lose-after', 'lose-after', 'lose-after')
    const handle: { again?: () => void } = {}
    function Retrying() {
      const payment = usePaymentMutation<unknown, Order>({
        mutationFn: (o, { headers }) =>
          fetchJson(URL_, {
            method: 'POST',
            headers,
            body: JSON.stringify(o),
            fetch: provider.fetch,
          }),
        onError: () => handle.again?.(),
      })
      useEffect(() => {
        handle.again = () => payment.mutate(order)
      })
      return null
    }
    render(
      <QueryClientProvider client={makeClient()}>
        <RecourseProvider>
          <Retrying />
        </RecourseProvider>
      </QueryClientProvider>,
    )
    act(() => handle.again?.())
    await wait(100)
    expect(new Set(keysOf(provider)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given storage holding garbage JSON or throwing, the checkout mounts and charges once', async () => {
    for (const storage of [
      { getItem: () => '{not json', setItem: () => undefined, removeItem: () => undefined },
      {
        getItem: () => {
          throw new Error('SecurityError')
        },
        setItem: () => {
          throw new Error('QuotaExceededError')
        },
        removeItem: () => undefined,
      },
    ]) {
      const provider = createSimProvider()
      provider.faults.push('lose-after')
      const checkout = mountCheckout({ provider, client: makeClient(storage) })
      const read = () => checkout.screen
      pay(read, order)
      await settle(read, provider)
      expect(new Set(keysOf(provider)).size).toBe(1)
      expect(provider.charges.get('o1')).toBe(1)
      checkout.unmount()
    }
  })

  it('given a reload while a request is in flight, with storage, the next Pay keeps the key', async () => {
    const provider = createSimProvider()
    const storage = memoryStorage()
    provider.faults.push('slow')
    const before = mountCheckout({ provider, client: makeClient(storage), lookup: false })
    pay(() => before.screen, order)
    await settle(() => before.screen, provider)
    before.unmount()
    // The page is gone; the provider still charges the request it holds.
    act(() => provider.deliver())
    const after = mountCheckout({ provider, client: makeClient(storage), lookup: false })
    pay(() => after.screen, { ...order, amount: 50 })
    await settle(() => after.screen, provider)
    expect(new Set(keysOf(provider)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given a lookup that hangs, Pay still goes out, with the same key', async () => {
    const provider = createSimProvider()
    provider.faults.push('lose-after', 'lose-after', 'lose-after')
    const app = mountApp({
      provider,
      client: makeClient(),
      lookup: () => new Promise(() => undefined),
    })
    pay(app.read, order)
    // Waited for, not slept: three lost answers and the first lookup take longer on a busy machine.
    await until(() => app.read().payment.session.phase === 'checking')
    expect(app.read().payment.session.phase).toBe('checking')
    pay(app.read, order)
    await until(() => provider.requests.length >= 4)
    await wait(20)
    expect(provider.requests).toHaveLength(4)
    expect(new Set(keysOf(provider)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given a client timeout while the provider is still processing (409 in use, then 200), one charge and the payment is found', async () => {
    const provider = createSimProvider()
    provider.faults.push('slow')
    const app = mountApp({
      ...timingOutApp(provider),
      lookup: ({ idempotencyKey }) => provider.lookup(idempotencyKey),
    })
    pay(app.read, order)
    await wait(150)
    expect(app.read().view?.kind).not.toBe('declined')
    expect(app.read().payment.session.processed).toBe('maybe')
    pay(app.read, { ...order, amount: 50 })
    await wait(50)
    act(() => provider.deliver())
    await act(async () => {
      await app.read().payment.checkStatus()
    })
    expect(app.read().payment.isSuccess).toBe(true)
    expect(new Set(keysOf(provider)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given the device offline (navigator.onLine false), then online, the customer pays once', async () => {
    const provider = createSimProvider()
    const app = mountApp({ provider, client: makeClient() })
    const onLine = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'onLine')
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    try {
      provider.faults.push('drop-before', 'drop-before', 'drop-before')
      pay(app.read, order)
      await settle(app.read, provider)
      expect(app.read().view?.reason).toBe('offline')
      expect(app.read().payment.session.processed).toBe('no')
    } finally {
      if (onLine) Object.defineProperty(navigator, 'onLine', onLine)
      else Reflect.deleteProperty(navigator, 'onLine')
    }
    act(() => void app.read().view?.retry.retryNow?.())
    await settle(app.read, provider)
    expect(app.read().payment.isSuccess).toBe(true)
    expect(new Set(keysOf(provider)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given variables the app mutates in place between retries of a lost answer, the key is kept', async () => {
    const provider = createSimProvider()
    provider.faults.push('lose-after', 'lose-after', 'lose-after')
    const mutable: Order = { orderId: 'o1', amount: 42 }
    const client = slowRetryClient()
    const app = mountApp({ provider, client })
    pay(app.read, mutable)
    // Between the first (lost) answer and the automatic retry 400 ms later.
    await until(() => provider.requests.length === 1)
    mutable.amount = 99
    // Until the retries (400 ms, then 800 ms) and the lookup are over, however long that takes on a busy machine.
    await until(() => client.isMutating() === 0)
    expect(client.isMutating(), 'mutations still running').toBe(0)
    // The three attempts all went out, under the one key.
    expect(keysOf(provider)).toHaveLength(3)
    expect(new Set(keysOf(provider)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given gcTime: 0 and a remount mid-flight, the new screen joins the request and the key is kept', async () => {
    const provider = createSimProvider()
    const client = makeClient()
    provider.faults.push('slow')
    const first = mountApp({ provider, client, gcTime: 0, scope: ['pay', 'o1'] })
    pay(first.read, order)
    await until(() => provider.holding())
    first.unmount()
    await wait(20)
    const second = mountApp({ provider, client, gcTime: 0, scope: ['pay', 'o1'] })
    expect(second.read().payment.isPending).toBe(true)
    pay(second.read, { ...order, amount: 50 })
    await wait(20)
    expect(provider.requests).toHaveLength(1)
    act(() => provider.deliver())
    await settle(second.read, provider)
    expect(second.read().payment.isSuccess).toBe(true)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given reset() mid-flight and Pay again, nothing new is sent', async () => {
    const provider = createSimProvider()
    provider.faults.push('slow')
    const app = mountApp({ provider, client: makeClient() })
    pay(app.read, order)
    await wait(10)
    act(() => app.read().payment.reset())
    pay(app.read, { ...order, amount: 9 })
    await wait(10)
    expect(provider.requests).toHaveLength(1)
    act(() => provider.deliver())
    await settle(app.read, provider)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given a mutationFn that throws synchronously, nothing is sent and the next Pay keeps the key', async () => {
    const provider = createSimProvider()
    let broken = true
    const app = mountApp({
      provider,
      client: makeClient(),
      mutationFn: (o, { headers }) => {
        if (broken) throw new Error('tokenizer not ready')
        return fetchJson(URL_, {
          method: 'POST',
          headers,
          body: JSON.stringify(o),
          fetch: provider.fetch,
        })
      },
    })
    pay(app.read, order)
    await settle(app.read, provider)
    const key = app.read().payment.idempotencyKey
    expect(provider.requests).toHaveLength(0)
    broken = false
    pay(app.read, order)
    await settle(app.read, provider)
    expect(keysOf(provider)).toEqual([key])
    expect(provider.charges.get('o1')).toBe(1)
  })
})
