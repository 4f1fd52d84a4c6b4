import { fetchJson, allDialects } from '@recourse/core'
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createRecourseQueryClient,
  type RecourseQueryClientOptions,
} from './createRecourseQueryClient.js'
import type { RecourseReport } from './reporter.js'
import { useRecourseReports } from './useRecourseReports.js'

// The bodies below are providers' own: the client reads them with every built-in dialect.
const testClient = (options: RecourseQueryClientOptions = {}) =>
  createRecourseQueryClient({ dialects: allDialects, ...options })

const API = 'https://api.test'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const noRetry = { retry: { maxRetries: 0 }, defaultOptions: { queries: { throwOnError: false } } }

function Widget({ name, meta }: { name: string; meta?: Record<string, unknown> }) {
  const query = useQuery({
    queryKey: [name],
    queryFn: () => fetchJson(`${API}/${name}`),
    ...(meta ? { meta } : {}),
  })
  return <p>{`${name}: ${query.status}`}</p>
}

function Toasts() {
  const { reports, dismiss } = useRecourseReports()
  return (
    <ul>
      {reports.map((report) => (
        <li key={report.id}>
          {report.recourse.reason} {report.background ? 'background' : 'foreground'}
          <button onClick={() => dismiss(report.id)}>Dismiss {report.id}</button>
        </li>
      ))}
    </ul>
  )
}

describe('the QueryClient reporter', () => {
  it('given a query that keeps failing, reports it once until it succeeds, then again on a new failure', async () => {
    let status = 503
    server.use(http.get(`${API}/balances`, () => HttpResponse.json({ amount: 1 }, { status })))
    const onReport = vi.fn<(report: RecourseReport) => void>()
    const client = testClient({ ...noRetry, onReport })
    render(
      <QueryClientProvider client={client}>
        <Widget name="balances" />
      </QueryClientProvider>,
    )
    await screen.findByText('balances: error')
    await act(() => client.refetchQueries({ queryKey: ['balances'] }))
    await act(() => client.refetchQueries({ queryKey: ['balances'] }))
    expect(onReport).toHaveBeenCalledTimes(1)
    expect(onReport.mock.calls[0]?.[0]).toMatchObject({
      id: 'query:["balances"]',
      origin: 'query',
      background: false,
      recourse: { kind: 'retry-later', reason: 'unavailable' },
    })
    status = 200
    await act(() => client.refetchQueries({ queryKey: ['balances'] }))
    status = 500
    await act(() => client.refetchQueries({ queryKey: ['balances'] }))
    expect(onReport).toHaveBeenCalledTimes(2)
    expect(onReport.mock.calls[1]?.[0]).toMatchObject({
      background: true,
      recourse: { reason: 'server-error' },
    })
  })

  it('given meta recourse.report false, does not report the query', async () => {
    server.use(http.get(`${API}/quiet`, () => HttpResponse.json({}, { status: 500 })))
    const onReport = vi.fn()
    const client = testClient({ ...noRetry, onReport })
    render(
      <QueryClientProvider client={client}>
        <Widget name="quiet" meta={{ recourse: { report: false } }} />
      </QueryClientProvider>,
    )
    await screen.findByText('quiet: error')
    expect(onReport).not.toHaveBeenCalled()
  })

  it('given meta recourse.label, names the failing part of the app in the report', async () => {
    server.use(
      http.get(`${API}/balances`, () => HttpResponse.json({}, { status: 503 })),
      http.get(`${API}/payouts`, () => HttpResponse.json({}, { status: 503 })),
    )
    const onReport = vi.fn<(report: RecourseReport) => void>()
    const client = testClient({ ...noRetry, onReport })
    render(
      <QueryClientProvider client={client}>
        <Widget name="balances" meta={{ recourse: { label: 'Balances' } }} />
        <Widget name="payouts" />
      </QueryClientProvider>,
    )
    await screen.findByText('balances: error')
    await screen.findByText('payouts: error')
    const reports = onReport.mock.calls.map(([report]) => report)
    expect(reports.find((report) => report.id === 'query:["balances"]')?.label).toBe('Balances')
    expect(reports.find((report) => report.id === 'query:["payouts"]')).not.toHaveProperty('label')
  })

  it('given onReport on the client, gives it each report, card numbers masked', async () => {
    server.use(
      http.get(`${API}/cards`, () =>
        HttpResponse.json(
          {
            error: {
              type: 'card_error',
              code: 'card_declined',
              message: 'Card 4242 4242 4242 4242 declined',
            },
          },
          { status: 402 },
        ),
      ),
    )
    const onReport = vi.fn<(report: RecourseReport) => void>()
    render(
      <QueryClientProvider client={testClient({ ...noRetry, onReport })}>
        <Widget name="cards" />
      </QueryClientProvider>,
    )
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1))
    expect(JSON.stringify(onReport.mock.calls)).not.toContain('4242 4242 4242 4242')
    expect(onReport.mock.calls[0]?.[0].recourse.message).toBe('Card •••• 4242 declined')
  })

  it('given two failing widgets, lists both for toasts, and dismissing one leaves the other', async () => {
    server.use(
      http.get(`${API}/transactions`, () => HttpResponse.json({}, { status: 503 })),
      http.get(`${API}/webhooks`, () => HttpResponse.json({}, { status: 404 })),
    )
    render(
      <QueryClientProvider client={testClient(noRetry)}>
        <Widget name="transactions" />
        <Widget name="webhooks" />
        <Toasts />
      </QueryClientProvider>,
    )
    expect(await screen.findByText('unavailable foreground')).toBeTruthy()
    expect(await screen.findByText('not-found foreground')).toBeTruthy()
    act(() => screen.getByRole('button', { name: 'Dismiss query:["webhooks"]' }).click())
    expect(screen.queryByText('not-found foreground')).toBeNull()
    expect(screen.getByText('unavailable foreground')).toBeTruthy()
  })
})
