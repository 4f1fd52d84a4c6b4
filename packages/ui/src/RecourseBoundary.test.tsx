import { inspect } from 'node:util'
import { classify, fetchJson } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { createRecourseQueryClient, RecourseProvider } from '@recourse/react'
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { RecourseBoundary } from './RecourseBoundary.js'
import { API, setupMockApi } from '../../../test/setup/mockApi.js'

const { server } = setupMockApi()

const CARD = '4111 1111 1111 1111'
const EMAIL = 'ada@example.org'

/** An axios error for a declined card: the server echoes the card, and the request config holds it too. */
function axiosDecline() {
  const data = {
    error: {
      type: 'card_error',
      code: 'card_declined',
      message: `Your card ${CARD} (cvc: 123) of ${EMAIL} was declined.`,
    },
  }
  return Object.assign(new Error(`Card ${CARD} of ${EMAIL} refused, cvc 123`), {
    isAxiosError: true,
    response: { status: 402, headers: { 'request-id': 'req_42' }, data },
    config: {
      method: 'get',
      headers: {},
      data: JSON.stringify({ number: CARD, cvc: '123', email: EMAIL }),
    },
  })
}

function Cards({ load }: { load: () => Promise<unknown> }) {
  const query = useQuery({ queryKey: ['cards'], queryFn: load })
  return <p>{JSON.stringify(query.data)}</p>
}

function renderBoundary(client: QueryClient, load: () => Promise<unknown>) {
  return render(
    <QueryClientProvider client={client}>
      <RecourseProvider>
        <RecourseBoundary>
          <Cards load={load} />
        </RecourseBoundary>
      </RecourseProvider>
    </QueryClientProvider>,
  )
}

/** The kind the notice shows, from its `data-kind`. */
async function shownKind(): Promise<string | null | undefined> {
  return (await screen.findByRole('region')).closest('[data-kind]')?.getAttribute('data-kind')
}

/** Everything console.error was given, as a developer would see it expanded. */
function loggedText(consoleError: { mock: { calls: unknown[][] } }): string {
  return consoleError.mock.calls
    .flat()
    .map((value) =>
      typeof value === 'string' ? value : inspect(value, { depth: null, showHidden: true }),
    )
    .join('\n')
}

function expectNothingInClear(text: string) {
  expect(text.replace(/\D/g, '')).not.toContain('4111111111111111')
  expect(text).not.toContain(CARD)
  expect(text).not.toMatch(/cvc\W{0,6}123/i)
  expect(text).not.toContain(EMAIL)
}

describe('RecourseBoundary, given a query error that holds a card number', () => {
  it('given an axios error, React logs only masked text, and the notice is what the raw error classifies as', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const client = createRecourseQueryClient({ dialects: allDialects })
    renderBoundary(client, () => Promise.reject(axiosDecline()))
    const kind = await shownKind()
    expect(kind).toBe(classify(axiosDecline(), { method: 'GET' }).kind)
    expect(kind).toBe('declined')
    // React did log what reached the boundary: the check below reads something.
    expect(consoleError).toHaveBeenCalled()
    expectNothingInClear(loggedText(consoleError))
    expectNothingInClear(inspect(client.getQueryCache().find({ queryKey: ['cards'] })?.state.error))
  })

  it('given a fetchJson error whose URL and body hold them, React logs only masked text', async () => {
    server.use(
      http.get(`${API}/cards`, () =>
        HttpResponse.json(
          {
            error: { type: 'card_error', code: 'card_declined', message: `Card ${CARD} declined` },
          },
          { status: 402 },
        ),
      ),
    )
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    renderBoundary(createRecourseQueryClient({ dialects: allDialects }), () =>
      fetchJson(`${API}/cards?email=${EMAIL}&cvc=123`),
    )
    expect(await shownKind()).toBe('declined')
    expect(consoleError).toHaveBeenCalled()
    expectNothingInClear(loggedText(consoleError))
  })

  it('given maskErrors: false, keeps the error the query function threw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const client = createRecourseQueryClient({ dialects: allDialects, maskErrors: false })
    const error = axiosDecline()
    renderBoundary(client, () => Promise.reject(error))
    await screen.findByRole('region')
    expect(client.getQueryCache().find({ queryKey: ['cards'] })?.state.error).toBe(error)
  })
})
