// The eight ways a second charge was found from the outside (issue "Never a double charge, for real"), each
// through the real usePaymentMutation + createRecourseQueryClient against a provider with real idempotency.
import { classify, createClassifier, fetchJson, type RecourseRule } from '@recourse/core'
import { stripe } from '@recourse/core/dialects/stripe'
import { tabapay } from '@recourse/core/dialects/tabapay'
import { usePaymentMutation } from '@recourse/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  makeClient,
  memoryStorage,
  mountCheckout,
  pay,
  settle,
  type Order,
  type Screen,
} from './harness.tsx'
import { createSimProvider, type Fault, type SimProvider } from './simProvider.ts'

const order: Order = { orderId: 'o1', amount: 42 }

function setup(options: { lookup?: boolean; sendsHeaders?: boolean } = {}) {
  const provider = createSimProvider()
  const client = makeClient()
  const checkout = mountCheckout({ provider, client, ...options })
  const read = () => checkout.screen
  return { provider, client, checkout, read }
}

/** The customer presses "Check your order status"; the lookup answers that no payment was taken. */
async function lookupFindsNoCharge(read: () => Screen): Promise<void> {
  await act(async () => {
    await read().payment.checkStatus()
  })
  expect(read().payment.session).toMatchObject({ phase: 'failed', lookup: 'not-charged' })
}

/** Pays on a checkout kept in storage, once the network's `faults` have had their way, then reloads the page. */
async function payThenReload(provider: SimProvider, faults: Fault[]) {
  const storage = memoryStorage()
  provider.faults.push(...faults)
  const before = mountCheckout({ provider, client: makeClient(storage) })
  pay(() => before.screen, order)
  await settle(() => before.screen, provider)
  const key = before.screen.payment.idempotencyKey
  before.unmount()
  const after = mountCheckout({ provider, client: makeClient(storage) })
  return { key, read: () => after.screen }
}

describe('1. double-click: the first answer is lost, the second would be answered fast', () => {
  it.each(['lose-after', 'timeout-after'] as const)(
    'given a double-click and a first attempt %s, sends one request per attempt with one key, and never says declined',
    async (lost) => {
      const { provider, read } = setup({ lookup: false })
      // Whatever the network does next, every later request would be declined or refused.
      provider.faults.push(lost, 'decline', 'decline', 'decline')
      act(() => {
        read().payment.mutate(order)
        read().payment.mutate(order)
      })
      await settle(read, provider)
      expect(new Set(provider.requests.map((request) => request.key)).size).toBe(1)
      expect(provider.charges.get('o1')).toBe(1)
      // The automatic retry with the same key replays the stored success.
      expect(read().payment.isSuccess).toBe(true)
    },
  )

  it('given a double-click while the first is unanswered, the second sends nothing and says it joined', async () => {
    const { provider, read } = setup()
    provider.faults.push('slow')
    pay(read, order)
    await settle(read, provider)
    pay(read, order)
    pay(read, { ...order, amount: 43 })
    await settle(read, provider)
    expect(provider.requests).toHaveLength(1)
    expect(read().payment.session).toMatchObject({ inFlight: true, phase: 'sending' })
    expect(read().payment.isPending).toBe(true)
    provider.deliver()
    await settle(read, provider)
    expect(read().payment.isSuccess).toBe(true)
    expect(provider.charges.get('o1')).toBe(1)
  })
})

describe('2. an idempotency conflict after an attempt of unknown outcome', () => {
  it.each(['unknown-after', 'lose-after', 'error-after'] as const)(
    'given %s, then an edited amount (a 409 conflict), keeps the key, shows an unknown outcome, and the next Pay charges nothing more',
    async (first) => {
      const { provider, read } = setup({ lookup: false })
      provider.faults.push(first, first, first)
      pay(read, order)
      await settle(read, provider)
      const key = read().payment.idempotencyKey
      pay(read, { ...order, amount: 50 })
      await settle(read, provider)
      expect(provider.requests.at(-1)?.key).toBe(key)
      expect(read().view).toMatchObject({ kind: 'contact-support', reason: 'outcome-unknown' })
      expect(read().view?.recourse.processed).toBe('maybe')
      pay(read, { ...order, amount: 60 })
      await settle(read, provider)
      expect(new Set(provider.requests.map((request) => request.key))).toEqual(new Set([key]))
      expect(provider.charges.get('o1')).toBe(1)
    },
  )

  it('given a lookup that finds the charge, shows the payment as made', async () => {
    const { provider, read } = setup()
    provider.faults.push('unknown-after', 'unknown-after', 'unknown-after')
    pay(read, order)
    await settle(read, provider)
    await act(async () => {
      await read().payment.checkStatus()
    })
    expect(read().payment.isSuccess).toBe(true)
    expect(read().view).toBeUndefined()
  })

  it('given a lookup that finds no charge (the request was dropped before it arrived), paying again with the same details keeps the key and charges once', async () => {
    const { provider, read } = setup()
    provider.faults.push('drop-before', 'drop-before', 'drop-before')
    pay(read, order)
    await settle(read, provider)
    // Unknown until asked (the automatic lookup may already have asked).
    expect(['unknown', 'checking', 'failed']).toContain(read().payment.session.phase)
    await lookupFindsNoCharge(read)
    const first = read().payment.idempotencyKey
    pay(read, order)
    await settle(read, provider)
    // The same key: had the request only been late, the provider would deduplicate it.
    expect(read().payment.idempotencyKey).toBe(first)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given a lookup that finds no charge, then a request that arrives late, paying again with the same details charges once', async () => {
    const { provider, read } = setup()
    // The first request and both automatic retries are delayed on the way: the client times out on each.
    provider.faults.push('late', 'late', 'late')
    pay(read, order)
    await settle(read, provider)
    // The provider has seen nothing yet: "not charged" is its honest answer.
    await lookupFindsNoCharge(read)
    pay(read, order)
    await settle(read, provider)
    expect(read().payment.isSuccess).toBe(true)
    // Now the late requests arrive, with the key the payment went out with: replays, not charges.
    act(() => provider.deliver())
    expect(provider.charges.get('o1')).toBe(1)
    expect(new Set(provider.requests.map((request) => request.key)).size).toBe(1)
  })

  it('given requests late on the way and a reload, the lookup finds no charge: paying again with the same details charges once', async () => {
    const provider = createSimProvider()
    // After the reload, the session knows from storage that its requests had no answer.
    const { read } = await payThenReload(provider, ['late', 'late', 'late'])
    await lookupFindsNoCharge(read)
    pay(read, order)
    await settle(read, provider)
    act(() => provider.deliver())
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given a dropped request whose retry was declined, a reload and changed details, the lookup lets the customer pay once', async () => {
    const provider = createSimProvider()
    // The decline is stored under the key: a late copy of the dropped request would be answered with it.
    const { key: declinedKey, read } = await payThenReload(provider, ['drop-before', 'decline'])
    await lookupFindsNoCharge(read)
    // Another card, say: the declined key would be refused with other details, so this is a new payment.
    pay(read, { ...order, amount: 43 })
    await settle(read, provider)
    expect(read().payment.idempotencyKey).not.toBe(declinedKey)
    expect(read().payment.isSuccess).toBe(true)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given a lookup that finds no charge, changed details are a new payment with a new key', async () => {
    const { provider, read } = setup()
    provider.faults.push('drop-before', 'drop-before', 'drop-before')
    pay(read, order)
    await settle(read, provider)
    await lookupFindsNoCharge(read)
    const first = read().payment.idempotencyKey
    pay(read, { ...order, amount: 43 })
    await settle(read, provider)
    // The same key with other details would be refused by the provider as a conflict.
    expect(read().payment.idempotencyKey).not.toBe(first)
    expect(read().payment.isSuccess).toBe(true)
    expect(provider.charges.get('o1')).toBe(1)
  })
})

describe('3. an edit while the first request is in flight', () => {
  it('given an amount changed mid-flight and Pay pressed, nothing new is sent until the first is answered, then the key is kept', async () => {
    const { provider, read } = setup()
    provider.faults.push('slow')
    pay(read, order)
    await settle(read, provider)
    pay(read, { ...order, amount: 99 })
    await settle(read, provider)
    expect(provider.requests).toHaveLength(1)
    provider.deliver()
    await settle(read, provider)
    pay(read, { ...order, amount: 99 })
    await settle(read, provider)
    // Paid: the same order again replays with the same key (here, a conflict), never a second charge.
    expect(new Set(provider.requests.map((request) => request.key)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })
})

describe('4. a remount mid-request', () => {
  it('given the checkout unmounted and mounted again under the same QueryClient, keeps the key and joins the request', async () => {
    const provider = createSimProvider()
    const client = makeClient()
    provider.faults.push('slow')
    const first = mountCheckout({ provider, client, scope: ['pay', 'o1'] })
    pay(() => first.screen, order)
    await settle(() => first.screen, provider)
    const key = first.screen.payment.idempotencyKey
    first.unmount()
    const second = mountCheckout({ provider, client, scope: ['pay', 'o1'] })
    const read = () => second.screen
    expect(read().payment.idempotencyKey).toBe(key)
    expect(read().payment.isPending).toBe(true)
    pay(read, order)
    await settle(read, provider)
    expect(provider.requests).toHaveLength(1)
    provider.deliver()
    await settle(read, provider)
    expect(provider.charges.get('o1')).toBe(1)
  })

  it('given a remount after a decline, shows the decline again, and reset() clears it', async () => {
    const provider = createSimProvider()
    const client = makeClient()
    provider.faults.push('decline')
    const first = mountCheckout({ provider, client })
    pay(() => first.screen, order)
    await settle(() => first.screen, provider)
    expect(first.screen.view?.kind).toBe('declined')
    first.unmount()
    const second = mountCheckout({ provider, client })
    expect(second.screen.view?.kind).toBe('declined')
    act(() => second.screen.payment.reset())
    expect(second.screen.view).toBeUndefined()
    expect(second.screen.payment.isIdle).toBe(true)
  })

  it('given a reload after a lost answer, with sessionStorage, keeps the key', async () => {
    const provider = createSimProvider()
    const storage = memoryStorage()
    provider.faults.push('lose-after', 'lose-after', 'lose-after')
    const before = mountCheckout({ provider, client: makeClient(storage), lookup: false })
    pay(() => before.screen, order)
    await settle(() => before.screen, provider)
    const key = before.screen.payment.idempotencyKey
    before.unmount()
    const after = mountCheckout({ provider, client: makeClient(storage), lookup: false })
    expect(after.screen.payment.idempotencyKey).toBe(key)
    pay(() => after.screen, { ...order, amount: 43 })
    await settle(() => after.screen, provider)
    expect(provider.requests.at(-1)?.key).toBe(key)
    expect(provider.charges.get('o1')).toBe(1)
  })
})

describe('5. variables JSON cannot write', () => {
  it.each([
    ['a BigInt amount', { orderId: 'o1', amount: 42n }],
    [
      'a cycle',
      (() => {
        const cyclic: Order = { orderId: 'o1', amount: 42 }
        cyclic.self = cyclic
        return cyclic
      })(),
    ],
  ])('given %s and lost answers, every retry reuses the one key', async (_, variables) => {
    const { provider, read } = setup({ lookup: false })
    provider.faults.push('lose-after', 'lose-after', 'lose-after')
    pay(read, variables)
    await settle(read, provider)
    expect(provider.requests).toHaveLength(3)
    expect(new Set(provider.requests.map((request) => request.key)).size).toBe(1)
    expect(provider.charges.get('o1')).toBe(1)
  })
})

describe('6. a mutationFn that does not send the headers it is given', () => {
  it('given a timeout, never resends the unkeyed POST automatically, and says the outcome is unknown', async () => {
    const { provider, read } = setup({ sendsHeaders: false, lookup: false })
    provider.faults.push('timeout-after')
    pay(read, order)
    await settle(read, provider)
    expect(provider.requests).toHaveLength(1)
    expect(provider.requests[0]?.key).toBeNull()
    expect(read().view).toMatchObject({ reason: 'outcome-unknown', retry: { allowed: false } })
  })
})

describe('7. an app rule marked "may have been processed"', () => {
  const rules: RecourseRule[] = [
    { id: 'app:gateway-decline', when: { status: 402 }, processed: 'maybe' },
  ]

  it('given the rule, the key is kept like a built-in one', async () => {
    const provider = createSimProvider()
    const classifier = createClassifier({ dialects: [stripe, tabapay], rules })
    const client = makeClient(undefined, {}, classifier)
    let shown: ReturnType<typeof usePaymentMutation<unknown, Order>> | undefined
    function Checkout() {
      shown = usePaymentMutation<unknown, Order>({
        mutationFn: (variables, { headers }) =>
          fetchJson('https://psp.test/payments', {
            method: 'POST',
            headers,
            body: JSON.stringify(variables),
            fetch: provider.fetch,
          }),
      })
      return null
    }
    render(
      <QueryClientProvider client={client}>
        <Checkout />
      </QueryClientProvider>,
    )
    provider.faults.push('decline')
    act(() => shown?.mutate(order))
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    expect(shown?.session).toMatchObject({ phase: 'unknown', processed: 'maybe' })
    const key = shown?.idempotencyKey
    act(() => shown?.mutate({ ...order, amount: 1 }))
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    expect(provider.requests.at(-1)?.key).toBe(key)
    // The same rule, in core: the reason lists are gone, the field decides.
    expect(classify({ status: 402 }).processed).toBe('no')
    expect(classifier.classify({ status: 402 }).processed).toBe('maybe')
  })
})

describe('8. two mutate() or retryNow() calls in one tick', () => {
  it('given two mutate() in one tick, sends one request', async () => {
    const { provider, read } = setup()
    act(() => {
      const { mutate } = read().payment
      mutate(order)
      mutate(order)
    })
    await settle(read, provider)
    expect(provider.requests).toHaveLength(1)
  })

  it('given two retryNow() in one tick after a 503, sends one request', async () => {
    const provider = createSimProvider()
    const client = createRetryless()
    const checkout = mountCheckout({ provider, client })
    const read = () => checkout.screen
    provider.faults.push('unavailable-before')
    pay(read, order)
    await settle(read, provider)
    expect(read().view?.reason).toBe('unavailable')
    act(() => {
      const retryNow = read().view?.retry.retryNow
      retryNow?.()
      retryNow?.()
    })
    await settle(read, provider)
    expect(provider.requests).toHaveLength(2)
    expect(provider.requests[1]?.key).toBe(provider.requests[0]?.key)
  })
})

function createRetryless() {
  return makeClient(undefined, { maxRetries: 0 })
}
