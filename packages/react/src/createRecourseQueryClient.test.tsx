import { fetchJson, stripe } from '@recourse/core'
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createRecourseQueryClient } from './createRecourseQueryClient.js'
import { useRecourse } from './useRecourse.js'
import { usePaymentMutation } from './usePaymentMutation.js'
import { API, setupMockApi } from '../../../test/setup/mockApi.js'

const { server, requests } = setupMockApi()

class Boundary extends Component<{ children: ReactNode }, { caught: boolean }> {
  override state = { caught: false }
  static getDerivedStateFromError() {
    return { caught: true }
  }
  override render() {
    return this.state.caught ? <p>boundary</p> : this.props.children
  }
}

function Transactions() {
  const query = useQuery({
    queryKey: ['transactions'],
    queryFn: () => fetchJson<string[]>(`${API}/transactions`),
  })
  return <p>{query.data ? `${query.data.length} transactions` : query.status}</p>
}

describe('createRecourseQueryClient, error boundaries', () => {
  it('given a first load that fails, sends it to the error boundary', async () => {
    server.use(http.get(`${API}/transactions`, () => HttpResponse.json({}, { status: 404 })))
    // React reports errors caught by a boundary on console.error: expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <QueryClientProvider client={createRecourseQueryClient()}>
        <Boundary>
          <Transactions />
        </Boundary>
      </QueryClientProvider>,
    )
    expect(await screen.findByText('boundary')).toBeTruthy()
    consoleError.mockRestore()
  })

  it('given a background refetch that fails, keeps the data on screen', async () => {
    let status = 200
    server.use(http.get(`${API}/transactions`, () => HttpResponse.json(['t1', 't2'], { status })))
    const client = createRecourseQueryClient({ retry: { maxRetries: 0 } })
    render(
      <QueryClientProvider client={client}>
        <Boundary>
          <Transactions />
        </Boundary>
      </QueryClientProvider>,
    )
    await screen.findByText('2 transactions')
    status = 500
    await act(() => client.refetchQueries({ queryKey: ['transactions'] }))
    expect(screen.getByText('2 transactions')).toBeTruthy()
    expect(client.getQueryState(['transactions'])?.status).toBe('error')
  })

  it('given a 404 query, does not retry it, unlike TanStack Query alone', async () => {
    server.use(http.get(`${API}/transactions`, () => HttpResponse.json({}, { status: 404 })))
    const client = createRecourseQueryClient({
      defaultOptions: { queries: { throwOnError: false } },
    })
    render(
      <QueryClientProvider client={client}>
        <Transactions />
      </QueryClientProvider>,
    )
    await screen.findByText('error')
    expect(requests).toHaveLength(1)
  })
})

describe('usePaymentMutation', () => {
  it('given an idempotencyHeader on the client, sends the key in that header', async () => {
    server.use(http.post(`${API}/transfers`, () => HttpResponse.json({ id: 'tr_1' })))
    function Transfer() {
      const transfer = usePaymentMutation({
        mutationFn: (_: void, { headers }) =>
          fetchJson(`${API}/transfers`, { method: 'POST', headers }),
      })
      return (
        <button onClick={() => transfer.mutate()}>{transfer.isSuccess ? 'sent' : 'send'}</button>
      )
    }
    render(
      <QueryClientProvider
        client={createRecourseQueryClient({ idempotencyHeader: 'X-Idempotency-Key' })}
      >
        <Transfer />
      </QueryClientProvider>,
    )
    act(() => screen.getByRole('button', { name: 'send' }).click())
    await screen.findByRole('button', { name: 'sent' })
    expect(requests[0]?.headers.get('X-Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(requests[0]?.headers.get('Idempotency-Key')).toBeNull()
  })
})

describe('createRecourseQueryClient, one source of behaviour', () => {
  function Cards() {
    const query = useQuery({
      queryKey: ['cards'],
      queryFn: () => fetchJson<string[]>(`${API}/cards`),
      throwOnError: false,
    })
    const view = useRecourse(query)
    return <p>{view ? `${view.kind} ${view.reason}` : query.status}</p>
  }

  it('given dialects and a rule on the client, the retry policy and the screen judge the error the same way', async () => {
    // Stripe's rate limit, which a rule of the app turns into "contact support": never retried, and shown so.
    server.use(
      http.get(`${API}/cards`, () =>
        HttpResponse.json(
          { error: { type: 'invalid_request_error', code: 'rate_limit' } },
          { status: 429 },
        ),
      ),
    )
    const client = createRecourseQueryClient({
      dialects: [stripe],
      rules: [
        {
          id: 'app:stripe-rate-limit',
          when: { dialect: 'stripe', code: 'rate_limit' },
          kind: 'contact-support',
          reason: 'merchant-rate-limited',
          retry: 'never',
        },
      ],
      retry: { baseDelayMs: 1 },
    })
    render(
      <QueryClientProvider client={client}>
        <Cards />
      </QueryClientProvider>,
    )
    expect(await screen.findByText('contact-support merchant-rate-limited')).toBeTruthy()
    // The policy read the same rule: no retry was sent.
    expect(requests).toHaveLength(1)
  })

  it('given no dialect, still reads a provider body generically', async () => {
    server.use(
      http.get(`${API}/cards`, () =>
        HttpResponse.json(
          { error: { type: 'card_error', code: 'card_declined' } },
          { status: 402 },
        ),
      ),
    )
    render(
      <QueryClientProvider client={createRecourseQueryClient({ retry: { maxRetries: 0 } })}>
        <Cards />
      </QueryClientProvider>,
    )
    expect(await screen.findByText(/^declined /)).toBeTruthy()
  })
})
