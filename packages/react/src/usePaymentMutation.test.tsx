import { createClassifier, fetchJson } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  createRecourseQueryClient,
  type RecourseQueryClientOptions,
} from './createRecourseQueryClient.js'
import { useRecourseReports } from './useRecourseReports.js'
import { usePaymentMutation } from './usePaymentMutation.js'
import { API, setupMockApi } from '../../../test/setup/mockApi.js'

// The bodies below are providers' own: the client reads them with every built-in dialect.
const testClient = (options: RecourseQueryClientOptions = {}) =>
  createRecourseQueryClient({ dialects: allDialects, ...options })

const { server, requests } = setupMockApi()

const keys = () =>
  requests.map(
    (request) => request.headers.get('Idempotency-Key') ?? request.headers.get('Pay-Key'),
  )

function Checkout() {
  const payment = usePaymentMutation({
    mutationFn: (amount: number, { headers }) =>
      fetchJson(`${API}/payments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ amount }),
        timeoutMs: 50,
      }),
  })
  const { reports } = useRecourseReports()
  return (
    <>
      <button onClick={() => payment.mutate(10)}>Pay 10</button>
      <button onClick={() => payment.mutate(12)}>Pay 12</button>
      <p>{payment.status}</p>
      <p>{`${reports.length} active reports`}</p>
    </>
  )
}

function RenewingCheckout() {
  const payment = usePaymentMutation({
    mutationFn: (amount: number, { headers }) =>
      fetchJson(`${API}/payments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ amount }),
        timeoutMs: 50,
      }),
  })
  return (
    <>
      <button onClick={() => payment.mutate(10)}>Pay 10</button>
      <button onClick={payment.renewIdempotencyKey}>Not paid: start again</button>
      <p>{payment.status}</p>
    </>
  )
}

function renderCheckout(
  options: Parameters<typeof createRecourseQueryClient>[0] = {},
  header?: string,
) {
  render(
    <QueryClientProvider
      client={testClient({
        retry: { baseDelayMs: 5 },
        ...(header ? { idempotencyHeader: header } : {}),
        ...options,
      })}
    >
      <Checkout />
    </QueryClientProvider>,
  )
}

describe('usePaymentMutation keys', () => {
  it('given a Mangopay payment FAILED for a technical reason, sends it once, and the next attempt gets a new key', async () => {
    server.use(
      http.post(`${API}/payments`, () =>
        HttpResponse.json({ Id: '1', Status: 'FAILED', ResultCode: '009101' }),
      ),
    )
    renderCheckout()
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await screen.findByText('error')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(requests).toHaveLength(1)
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await waitFor(() => expect(requests).toHaveLength(2))
    const [first, second] = keys()
    expect(second).not.toBe(first)
  })

  it('given a dropped payment, then a changed order, sends the new order with the same key (the first may have been charged)', async () => {
    server.use(
      http.post(`${API}/payments`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    renderCheckout({ retry: { maxRetries: 1, baseDelayMs: 5 } })
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await screen.findByText('error')
    expect(new Set(keys()).size).toBe(1)
    server.use(http.post(`${API}/payments`, () => HttpResponse.json({ id: 'pay_12' })))
    act(() => screen.getByRole('button', { name: 'Pay 12' }).click())
    await screen.findByText('success')
    expect(keys()).toHaveLength(3)
    expect(keys()[2]).toBe(keys()[0])
    // Paid: paying again in the same scope (the same order) replays it with the same key, never a second charge.
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await waitFor(() => expect(keys()).toHaveLength(4))
    expect(keys()[3]).toBe(keys()[0])
  })

  it('given a rate-limited payment (not carried out), then a changed order, sends it with a new key', async () => {
    server.use(
      http.post(`${API}/payments`, () =>
        HttpResponse.json(
          { error: { type: 'rate_limit_error' } },
          { status: 429, headers: { 'Retry-After': '120' } },
        ),
      ),
    )
    renderCheckout()
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await screen.findByText('error')
    server.use(http.post(`${API}/payments`, () => HttpResponse.json({ id: 'pay_12' })))
    act(() => screen.getByRole('button', { name: 'Pay 12' }).click())
    await screen.findByText('success')
    expect(keys()).toHaveLength(2)
    expect(keys()[1]).not.toBe(keys()[0])
  })

  it('given renewIdempotencyKey() after a dropped payment (its status says not paid), sends the next one with a new key', async () => {
    server.use(
      http.post(`${API}/payments`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    render(
      <QueryClientProvider client={testClient({ retry: { maxRetries: 0 } })}>
        <RenewingCheckout />
      </QueryClientProvider>,
    )
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await screen.findByText('error')
    act(() => screen.getByRole('button', { name: 'Not paid: start again' }).click())
    server.use(http.post(`${API}/payments`, () => HttpResponse.json({ id: 'pay_10' })))
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await screen.findByText('success')
    expect(keys()).toHaveLength(2)
    expect(keys()[1]).not.toBe(keys()[0])
  })

  it('given a custom key header and a timeout, knows the payment is keyed and resends it with the same key', async () => {
    let calls = 0
    server.use(
      http.post(`${API}/payments`, async () => {
        if (++calls === 1) await delay('infinite')
        return HttpResponse.json({ id: 'pay_1' })
      }),
    )
    renderCheckout({}, 'Pay-Key')
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await screen.findByText('success')
    expect(keys()).toHaveLength(2)
    expect(keys()[1]).toBe(keys()[0])
    expect(requests[0]?.headers.get('Idempotency-Key')).toBeNull()
  })

  it('given failed payments, keeps them out of the active reports (their form shows them)', async () => {
    server.use(
      http.post(`${API}/payments`, () =>
        HttpResponse.json({ error: { type: 'card_error' } }, { status: 402 }),
      ),
    )
    renderCheckout()
    for (let attempt = 0; attempt < 3; attempt++) {
      act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
      await screen.findByText('error')
    }
    expect(screen.getByText('0 active reports')).toBeTruthy()
  })
})

describe('usePaymentMutation cost', () => {
  it('given a payment that fails, is retried, and fails again, judges each failure once, however many steps ask', async () => {
    server.use(
      http.post(`${API}/payments`, () =>
        HttpResponse.json({ error: { type: 'api_error' } }, { status: 503 }),
      ),
    )
    const judged: unknown[] = []
    const classifier = createClassifier()
    const counting = {
      ...classifier,
      classify: (...args: Parameters<typeof classifier.classify>) => {
        judged.push(args[0])
        return classifier.classify(...args)
      },
    }
    render(
      <QueryClientProvider
        client={testClient({
          classifier: counting,
          retry: { baseDelayMs: 5, maxRetries: 1 },
        })}
      >
        <Checkout />
      </QueryClientProvider>,
    )
    act(() => screen.getByRole('button', { name: 'Pay 10' }).click())
    await screen.findByText('error')
    expect(requests).toHaveLength(2)
    expect(judged.length).toBeGreaterThanOrEqual(2)
    expect(new Set(judged).size).toBe(judged.length)
  })
})
