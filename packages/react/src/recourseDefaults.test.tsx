import { classify, fetchJson } from '@recourse/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { Component, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createRecourseQueryClient, recourseDefaults } from './recourseDefaults.js'
import { RecourseProvider } from './RecourseProvider.js'
import { rejectDeclined } from './rejectDeclined.js'
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

describe('recourseDefaults', () => {
  it('given a first load that fails, sends it to the error boundary', async () => {
    server.use(http.get(`${API}/transactions`, () => HttpResponse.json({}, { status: 404 })))
    // React reports errors caught by a boundary on console.error: expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: recourseDefaults() })}>
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
    const client = new QueryClient({
      defaultOptions: recourseDefaults({ retry: { maxRetries: 0 } }),
    })
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
  it('given a RecourseProvider idempotencyHeader, sends the key in that header', async () => {
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
      <QueryClientProvider client={createRecourseQueryClient()}>
        <RecourseProvider idempotencyHeader="X-Idempotency-Key">
          <Transfer />
        </RecourseProvider>
      </QueryClientProvider>,
    )
    act(() => screen.getByRole('button', { name: 'send' }).click())
    await screen.findByRole('button', { name: 'sent' })
    expect(requests[0]?.headers.get('X-Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(requests[0]?.headers.get('Idempotency-Key')).toBeNull()
  })
})

describe('rejectDeclined', () => {
  it('given a function whose 200 carries a Mangopay decline, rejects with what classify reads as declined', async () => {
    const createPayIn = rejectDeclined((amount: number) =>
      Promise.resolve({ Id: String(amount), Status: 'FAILED', ResultCode: '101101' }),
    )
    const error = await createPayIn(10).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(classify(error)).toMatchObject({ kind: 'declined', dialect: 'mangopay' })
  })

  it('given a successful payment, resolves with its data', async () => {
    const createPayIn = rejectDeclined(() =>
      Promise.resolve({ Id: '1', Status: 'SUCCEEDED', ResultCode: '000000' }),
    )
    await expect(createPayIn()).resolves.toEqual({
      Id: '1',
      Status: 'SUCCEEDED',
      ResultCode: '000000',
    })
  })
})
