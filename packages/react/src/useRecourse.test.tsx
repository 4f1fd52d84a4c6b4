import { fetchJson } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { useMutation, useQuery, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { Profiler, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createRecourseQueryClient,
  type RecourseQueryClientOptions,
} from './createRecourseQueryClient.js'
import { RecourseProvider } from './RecourseProvider.js'
import { useRecourse, type RecourseView } from './useRecourse.js'
import { usePaymentMutation, type PaymentMutationResult } from './usePaymentMutation.js'
import { API, setupMockApi } from '../../../test/setup/mockApi.js'

// The bodies below are providers' own: the client reads them with every built-in dialect.
const testClient = (options: RecourseQueryClientOptions = {}) =>
  createRecourseQueryClient({ dialects: allDialects, ...options })

const { server, requests } = setupMockApi()
afterEach(() => {
  vi.useRealTimers()
})

function renderWith(
  ui: ReactNode,
  client: QueryClient,
  provider: Partial<Parameters<typeof RecourseProvider>[0]> = {},
) {
  return render(
    <QueryClientProvider client={client}>
      <RecourseProvider {...provider}>{ui}</RecourseProvider>
    </QueryClientProvider>,
  )
}

// Errors go to boundaries only when asked; these screens render them inline.
const inline = { defaultOptions: { queries: { throwOnError: false } } }

function Failure({ view }: { view: RecourseView | undefined }) {
  if (!view) return <p>no failure</p>
  return (
    <div role="alert" data-kind={view.kind}>
      <h2>{view.title}</h2>
      <p>{view.body}</p>
      {view.fields.map((field) => (
        <p key={field.name}>
          {field.name}: {field.message}
        </p>
      ))}
      {view.referenceText ? <p>{view.referenceText}</p> : null}
      {view.attempt ? (
        <p>
          Still trying: attempt {view.attempt.number} of {view.attempt.max}
        </p>
      ) : null}
      {view.stopWaiting ? <button onClick={view.stopWaiting}>Stop waiting</button> : null}
      {view.retry.retryNow ? <button onClick={view.retry.retryNow}>{view.action}</button> : null}
    </div>
  )
}

function Balance() {
  const query = useQuery({
    queryKey: ['balance'],
    queryFn: () => fetchJson<{ amount: number }>(`${API}/balance`),
  })
  const view = useRecourse(query)
  return query.data ? <p>Balance {query.data.amount}</p> : <Failure view={view} />
}

describe('useRecourse, given a query', () => {
  it('given a TabaPay 400 naming a field, shows the field under its form name', async () => {
    server.use(
      http.get(`${API}/balance`, () =>
        HttpResponse.json(
          { SC: 400, EC: '3C5E1221', EM: 'accounts.destinationAccount.bank.routingNumber' },
          { status: 400 },
        ),
      ),
    )
    renderWith(<Balance />, testClient(inline), {
      fieldMap: { 'accounts.destinationAccount.bank.routingNumber': 'routingNumber' },
      labels: { routingNumber: 'routing number' },
    })
    expect(await screen.findByRole('alert')).toHaveProperty('dataset.kind', 'fix-input')
    expect(
      screen.getByText('routingNumber: Enter routing number again: it was not accepted'),
    ).toBeTruthy()
  })

  it('given a 403, shows contact-support with the reference and asks the server only once', async () => {
    server.use(
      http.get(`${API}/balance`, () =>
        HttpResponse.json(
          { error: 'forbidden' },
          { status: 403, headers: { 'X-Request-Id': 'req-403' } },
        ),
      ),
    )
    renderWith(<Balance />, testClient(inline))
    expect(await screen.findByText('We could not complete this')).toBeTruthy()
    expect(screen.getByText('Reference: req-403')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(requests).toHaveLength(1)
  })

  it('given a 503, retries with growing delays, saying so at each attempt, then shows retry-later', async () => {
    const times: number[] = []
    server.use(
      http.get(`${API}/balance`, () => {
        times.push(performance.now())
        return new HttpResponse(null, { status: 503 })
      }),
    )
    const client = testClient({
      ...inline,
      retry: { baseDelayMs: 40, random: () => 0.999 },
    })
    renderWith(<Balance />, client)
    // Never a silent spinner: from the first failed attempt, the customer sees the kit is still trying.
    expect(await screen.findByText('Still trying: attempt 2 of 4')).toBeTruthy()
    expect(await screen.findByText('Still trying: attempt 4 of 4')).toBeTruthy()
    await waitFor(() => expect(screen.queryByText(/Still trying/)).toBeNull())
    expect(screen.getByRole('alert').dataset['kind']).toBe('retry-later')
    expect(times).toHaveLength(4)
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0))
    expect(gaps[0]).toBeGreaterThanOrEqual(35)
    expect(gaps[1]).toBeGreaterThanOrEqual(75)
    expect(gaps[2]).toBeGreaterThanOrEqual(155)
  })

  it('given a 429 with Retry-After: 3, does not ask again before 3 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    let calls = 0
    server.use(
      http.get(`${API}/balance`, () =>
        ++calls === 1
          ? HttpResponse.json(
              { error: { type: 'rate_limit_error' } },
              { status: 429, headers: { 'Retry-After': '3' } },
            )
          : HttpResponse.json({ amount: 12 }),
      ),
    )
    renderWith(<Balance />, testClient(inline))
    await vi.advanceTimersByTimeAsync(2_900)
    expect(requests).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(400)
    expect(requests).toHaveLength(2)
    vi.useRealTimers()
    expect(await screen.findByText('Balance 12')).toBeTruthy()
  })

  it('given retryNow after a failure, refetches and shows the data', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/balance`, () =>
        ++calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ amount: 7 }),
      ),
    )
    renderWith(<Balance />, testClient({ ...inline, retry: { maxRetries: 0 } }))
    const button = await screen.findByRole('button', { name: 'Try again' })
    act(() => button.click())
    expect(await screen.findByText('Balance 7')).toBeTruthy()
  })
})

function Pay({ idempotent }: { idempotent: boolean }) {
  const plain = useMutation({
    mutationFn: () => fetchJson(`${API}/payments`, { method: 'POST', timeoutMs: 50, body: '{}' }),
  })
  const keyed = usePaymentMutation({
    mutationFn: (_: void, { headers }) =>
      fetchJson(`${API}/payments`, { method: 'POST', timeoutMs: 50, headers, body: '{}' }),
  })
  const mutation = idempotent ? keyed : plain
  const view = useRecourse(mutation)
  return (
    <>
      <button onClick={() => mutation.mutate()}>Pay</button>
      <Failure view={view} />
      {mutation.isSuccess ? <p>Paid</p> : null}
    </>
  )
}

/** A keyed payment whose Pay button does what `press` says with the hook: the customer's own sequence of calls. */
function KeyedPay({
  press,
}: {
  press: (payment: PaymentMutationResult<unknown, void, unknown>) => void
}) {
  const payment = usePaymentMutation({
    mutationFn: (_: void, { headers }) =>
      fetchJson(`${API}/payments`, { method: 'POST', headers, body: '{}' }),
  })
  const view = useRecourse(payment)
  return (
    <>
      <button onClick={() => press(payment)}>Pay</button>
      <Failure view={view} />
      {payment.isSuccess ? <p>Paid</p> : null}
    </>
  )
}

describe('useRecourse, while a retry is under way', () => {
  it('given retryNow, keeps showing the failure, marked retrying, and its button, until the answer', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/balance`, async () => {
        if (++calls === 1) return HttpResponse.json({}, { status: 503 })
        await delay(150)
        return HttpResponse.json({ amount: 9 })
      }),
    )
    const seen: (boolean | undefined)[] = []
    function Watched() {
      const query = useQuery({
        queryKey: ['balance'],
        queryFn: () => fetchJson<{ amount: number }>(`${API}/balance`),
      })
      const view = useRecourse(query)
      seen.push(view?.retrying)
      return query.data ? <p>Balance {query.data.amount}</p> : <Failure view={view} />
    }
    renderWith(<Watched />, testClient({ ...inline, retry: { maxRetries: 0 } }))
    const button = await screen.findByRole('button', { name: 'Try again' })
    act(() => button.click())
    await waitFor(() => expect(seen.at(-1)).toBe(true))
    expect(screen.getByRole('button', { name: 'Try again' })).toBe(button)
    expect(await screen.findByText('Balance 9')).toBeTruthy()
  })
})

describe('useRecourse, given a payment mutation', () => {
  it('given a POST without idempotency key that times out, never sends it again and offers no retry', async () => {
    server.use(
      http.post(`${API}/payments`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    renderWith(<Pay idempotent={false} />, testClient())
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(await screen.findByText('We do not know yet if your payment went through')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(requests).toHaveLength(1)
    expect(screen.queryByRole('button', { name: /check|try/i })).toBeNull()
  })

  it('given a keyed payment that times out, retries it with the same key only', async () => {
    let calls = 0
    server.use(
      http.post(`${API}/payments`, async () => {
        if (++calls < 3) await delay('infinite')
        return HttpResponse.json({ id: 'pay_1' })
      }),
    )
    const client = testClient({ retry: { baseDelayMs: 10 } })
    renderWith(<Pay idempotent />, client)
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(await screen.findByText('Paid')).toBeTruthy()
    const keys = requests.map((request) => request.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(3)
    expect(new Set(keys).size).toBe(1)
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('given a keyed payment that keeps timing out, says which attempt runs and lets the customer stop waiting', async () => {
    server.use(
      http.post(`${API}/payments`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    // Retries wait 300 ms: time for the customer to act between them.
    const client = testClient({ retry: { baseDelayMs: 300, random: () => 0.999, maxRetries: 3 } })
    renderWith(<Pay idempotent />, client)
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(await screen.findByText('Still trying: attempt 2 of 4')).toBeTruthy()
    const sent = requests.length
    act(() => screen.getByRole('button', { name: 'Stop waiting' }).click())
    // At once: the failure as it stands, no longer "still trying".
    expect(screen.queryByText(/Still trying/)).toBeNull()
    expect(screen.getByRole('alert')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 900))
    // No further attempt went out, and nothing sent was cancelled: the key stays the payment's.
    expect(requests.length).toBeLessThanOrEqual(sent + 1)
    const keys = new Set(requests.map((request) => request.headers.get('Idempotency-Key')))
    expect(keys.size).toBe(1)
  })

  // Found by the model test (test/payments): a stop in the tick of Pay was cleared by onMutate, a tick later.
  it('given a stop in the same tick as Pay, holds it for that attempt: no retry is sent', async () => {
    server.use(http.post(`${API}/payments`, () => HttpResponse.error()))
    renderWith(
      <KeyedPay
        press={(payment) => {
          payment.mutate()
          payment.stopWaiting()
        }}
      />,
      testClient({ retry: { baseDelayMs: 20, maxRetries: 3 } }),
    )
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(await screen.findByRole('alert')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(requests).toHaveLength(1)
    expect(screen.queryByText(/Still trying/)).toBeNull()
  })

  it('given Pay pressed again after Stop waiting, while the stopped retry still waits: one new attempt, after that wait, and the stopped retry never goes out', async () => {
    let calls = 0
    server.use(
      http.post(`${API}/payments`, () =>
        ++calls === 1
          ? HttpResponse.json({ error: { type: 'api_error' } }, { status: 503 })
          : HttpResponse.json({ id: 'pay_1' }),
      ),
    )
    const client = testClient({ retry: { baseDelayMs: 300, random: () => 0.999, maxRetries: 3 } })
    renderWith(<KeyedPay press={(payment) => payment.mutate()} />, client)
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(await screen.findByText('Still trying: attempt 2 of 4')).toBeTruthy()
    act(() => screen.getByRole('button', { name: 'Stop waiting' }).click())
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(await screen.findByText('Paid')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(requests).toHaveLength(2)
    expect(new Set(requests.map((request) => request.headers.get('Idempotency-Key'))).size).toBe(1)
  })

  it('given a double-click on Pay after Stop waiting, and a decline: one new attempt, not one per click', async () => {
    let calls = 0
    server.use(
      http.post(`${API}/payments`, () =>
        ++calls === 1
          ? HttpResponse.json({ error: { type: 'api_error' } }, { status: 503 })
          : HttpResponse.json(
              { error: { type: 'card_error', code: 'card_declined' } },
              { status: 402 },
            ),
      ),
    )
    const client = testClient({ retry: { baseDelayMs: 300, random: () => 0.999, maxRetries: 3 } })
    renderWith(
      <KeyedPay
        press={(payment) => {
          payment.mutate()
          payment.mutate()
        }}
      />,
      client,
    )
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(await screen.findByText('Still trying: attempt 2 of 4')).toBeTruthy()
    act(() => screen.getByRole('button', { name: 'Stop waiting' }).click())
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    await waitFor(() => expect(screen.getByRole('alert').dataset['kind']).toBe('declined'))
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(requests).toHaveLength(2)
  })

  it('given a 200 that carries a TabaPay decline, shows declined, not paid', async () => {
    server.use(
      http.post(`${API}/payments`, () =>
        HttpResponse.json({ SC: 200, status: 'FAILED', networkRC: '51' }),
      ),
    )
    renderWith(<Pay idempotent />, testClient())
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    expect(
      await screen.findByText(
        'No payment was taken. There is not enough money in the account for this payment.',
      ),
    ).toBeTruthy()
    expect(screen.queryByText('Paid')).toBeNull()
  })

  it('given a decline, the next submission gets a new key; after a 503, the retry keeps it', async () => {
    const answers = [
      () =>
        HttpResponse.json(
          { error: { type: 'card_error', code: 'card_declined' } },
          { status: 402 },
        ),
      () => HttpResponse.json({}, { status: 503 }),
      () => HttpResponse.json({ id: 'pay_2' }),
    ]
    server.use(http.post(`${API}/payments`, () => (answers.shift() ?? answers[0])!()))
    renderWith(<Pay idempotent />, testClient({ retry: { baseDelayMs: 10 } }))
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    await screen.findByText('Your payment was declined')
    act(() => screen.getByRole('button', { name: 'Pay' }).click())
    await screen.findByText('Paid')
    const [declined, unavailable, paid] = requests.map((request) =>
      request.headers.get('Idempotency-Key'),
    )
    expect(declined).not.toBe(unavailable)
    expect(unavailable).toBe(paid)
  })
})

describe('useRecourse renders', () => {
  it('given an error, a retry and a success, adds no render to the component', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/balance`, () =>
        ++calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ amount: 1 }),
      ),
    )
    const counts = { bare: 0, withRecourse: 0 }
    function Bare() {
      const query = useQuery({ queryKey: ['balance'], queryFn: () => fetchJson(`${API}/balance`) })
      return <p>{query.status}</p>
    }
    function WithRecourse() {
      const query = useQuery({ queryKey: ['balance'], queryFn: () => fetchJson(`${API}/balance`) })
      const view = useRecourse(query)
      return <p>{view?.kind ?? query.status}</p>
    }
    const client = testClient({ ...inline, retry: { maxRetries: 0 } })
    renderWith(
      <>
        <Profiler id="bare" onRender={() => counts.bare++}>
          <Bare />
        </Profiler>
        <Profiler id="with" onRender={() => counts.withRecourse++}>
          <WithRecourse />
        </Profiler>
      </>,
      client,
    )
    await screen.findByText('retry-later')
    await act(() => client.refetchQueries({ queryKey: ['balance'] }))
    await waitFor(() => expect(screen.getAllByText('success')).toHaveLength(2))
    expect(counts.withRecourse).toBe(counts.bare)
    expect(counts.bare).toBeGreaterThan(1)
  })

  it('given the same error object twice, returns the same view', () => {
    const error = new TypeError('Failed to fetch')
    const views: (RecourseView | undefined)[] = []
    function Probe() {
      views.push(useRecourse(error))
      return null
    }
    const { rerender } = render(<Probe />)
    rerender(<Probe />)
    expect(views[0]).toBeDefined()
    expect(views[1]).toBe(views[0])
  })

  it('given a cancelled request, returns nothing to show', () => {
    const views: (RecourseView | undefined)[] = []
    function Probe() {
      views.push(useRecourse(new DOMException('aborted', 'AbortError')))
      return null
    }
    render(<Probe />)
    expect(views).toEqual([undefined])
  })
})
