// Time to the first word: for each failure mode, how long after the first failed attempt reaches the client (the
// failing response, or the fetch's exception, handed to `fetchJson`) the customer sees something — the first
// commit in which `useRecourse` returns a view, with `RecourseNotice` in the DOM. A real React render (happy-dom,
// React's own scheduler, no `act`), real timers, a fake `fetch` that answers after a fixed latency, the client of
// `createRecourseQueryClient` with its retry policy. `pnpm bench` runs it on the built packages
// (scripts/bench-render.mjs --shown) and prints the median; the times are printed, never asserted.
import { fetchJson } from '@recourse/core'
import { square } from '@recourse/core/dialects/square'
import {
  createRecourseQueryClient,
  usePaymentMutation,
  useRecourse,
  type RecourseView,
} from '@recourse/react'
import { RecourseNotice } from '@recourse/ui'
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import squareCases from '../fixtures/providers/square.json'

/** Latency of every fake answer, in ms: the failure reaches the client this long after the request. */
export const LATENCY_MS = 20
/** The keyed payment's `fetchJson` timeout in the timeout mode, in ms (the README's is 40 s: shortened, same path). */
export const PAYMENT_TIMEOUT_MS = 200
/** Give up on a run after this long without a view: a mode that shows nothing is reported, not waited for. */
const GIVE_UP_MS = 10_000

/** Square's documented decline (test/fixtures/providers/square.json records its source: Square's error-code docs). */
const DECLINE_CASE = '400 PAYMENT_METHOD_ERROR INSUFFICIENT_FUNDS (the docs example)'

type Answer =
  | { kind: 'response'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'network' }
  | { kind: 'hang' }

export interface FailureMode {
  name: string
  /** A query (`useQuery`), or a payment (`usePaymentMutation`) sent with its key or without it. */
  request: 'query' | 'keyed payment' | 'unkeyed payment'
  /** What the first attempt gets; every later attempt hangs until the run ends. */
  first: Answer
}

interface FixtureResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

function declineAnswer(): Answer {
  const cases = squareCases as ReadonlyArray<{ name: string; response: unknown }>
  const found = cases.find((entry) => entry.name === DECLINE_CASE)
  if (!found) throw new Error(`No Square fixture named "${DECLINE_CASE}"`)
  const { status, headers, body } = found.response as FixtureResponse
  return { kind: 'response', status, ...(headers ? { headers } : {}), body }
}

export const FAILURE_MODES: readonly FailureMode[] = [
  {
    name: '503, no Retry-After (query)',
    request: 'query',
    first: { kind: 'response', status: 503, body: { message: 'Service unavailable' } },
  },
  {
    name: '429, Retry-After: 2 (query)',
    request: 'query',
    first: {
      kind: 'response',
      status: 429,
      headers: { 'Retry-After': '2' },
      body: { message: 'Too many requests' },
    },
  },
  { name: 'network drop (query)', request: 'query', first: { kind: 'network' } },
  {
    name: `timeout after ${PAYMENT_TIMEOUT_MS} ms (keyed payment)`,
    request: 'keyed payment',
    first: { kind: 'hang' },
  },
  {
    name: '500 (unkeyed payment)',
    request: 'unkeyed payment',
    first: { kind: 'response', status: 500, body: { message: 'Internal error' } },
  },
  {
    name: 'decline, Square 400 INSUFFICIENT_FUNDS (keyed payment)',
    request: 'keyed payment',
    first: declineAnswer(),
  },
]

export interface ShownTiming {
  mode: string
  /** ms from the first failed attempt reaching the client to the commit that showed the view. */
  firstShownMs: number
  /** The notice's text in the DOM at that commit. */
  text: string
  /** The view said the kit is still trying (automatic retry under way), with its attempt. */
  retrying: boolean
  attempt?: string
}

/**
 * A `fetch` answering after `LATENCY_MS`: the first request as the mode says, every later one never (until it is
 * aborted or the run ends). Records when the first failure reached the client.
 */
function createFakeFetch(first: Answer) {
  let calls = 0
  const pending = new Set<(error: Error) => void>()
  const state = { failedAt: undefined as number | undefined }
  const fakeFetch: typeof fetch = (_input, init) =>
    new Promise<Response>((resolve, reject) => {
      const call = calls++
      const answer: Answer = call === 0 ? first : { kind: 'hang' }
      const signal = init?.signal
      const fail = (error: Error) => {
        if (call === 0) state.failedAt ??= performance.now()
        reject(error)
      }
      const stop = (error: Error) => {
        clearTimeout(timer)
        pending.delete(stop)
        signal?.removeEventListener('abort', onAbort)
        fail(error)
      }
      const onAbort = () =>
        stop(
          signal?.reason instanceof Error
            ? signal.reason
            : new DOMException('Aborted', 'AbortError'),
        )
      const timer =
        answer.kind === 'hang'
          ? undefined
          : setTimeout(() => {
              pending.delete(stop)
              signal?.removeEventListener('abort', onAbort)
              if (answer.kind === 'network') return fail(new TypeError('fetch failed'))
              const response = new Response(
                answer.body === undefined ? null : JSON.stringify(answer.body),
                {
                  status: answer.status,
                  headers: { 'Content-Type': 'application/json', ...answer.headers },
                },
              )
              if (call === 0 && !response.ok) state.failedAt ??= performance.now()
              resolve(response)
            }, LATENCY_MS)
      signal?.addEventListener('abort', onAbort, { once: true })
      pending.add(stop)
    })
  return {
    fetch: fakeFetch,
    state,
    /** Ends the requests still unanswered (a run is over once something is shown). */
    close: () => {
      for (const stop of [...pending]) stop(new DOMException('Run over', 'AbortError'))
    },
  }
}

interface Seen {
  onShown: (view: RecourseView, container: HTMLElement | null) => void
}

function Shown({ view, seen }: { view: RecourseView | undefined; seen: Seen }) {
  const element = useRef<HTMLDivElement>(null)
  // Layout effects run in the commit, after the children's DOM is in place: the moment the customer can see it.
  useLayoutEffect(() => {
    if (view) seen.onShown(view, element.current)
  })
  return <div ref={element}>{view ? <RecourseNotice.Root view={view} /> : <p>Loading</p>}</div>
}

function QueryScreen({ fetchImpl, seen }: { fetchImpl: typeof fetch; seen: Seen }) {
  const query = useQuery({
    queryKey: ['checkout'],
    queryFn: ({ signal }) => fetchJson('/api/checkout', { fetch: fetchImpl, signal }),
    throwOnError: false,
  })
  return <Shown view={useRecourse(query)} seen={seen} />
}

function PaymentScreen({
  fetchImpl,
  keyed,
  seen,
}: {
  fetchImpl: typeof fetch
  keyed: boolean
  seen: Seen
}) {
  const payment = usePaymentMutation({
    mutationFn: (amount: number, request) =>
      fetchJson('/api/payments', {
        method: 'POST',
        body: JSON.stringify({ amount }),
        fetch: fetchImpl,
        timeoutMs: PAYMENT_TIMEOUT_MS,
        ...(keyed ? { headers: request.headers } : {}),
      }),
  })
  const { mutate } = payment
  useEffect(() => mutate(1999), [mutate])
  return <Shown view={useRecourse(payment)} seen={seen} />
}

/** One run of one mode: mount, wait for the first view, unmount. */
export async function measureFirstShown(mode: FailureMode): Promise<ShownTiming> {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined }
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT
  // React schedules its own work, as in the browser: no act() to flush it early.
  scope.IS_REACT_ACT_ENVIRONMENT = false
  const fake = createFakeFetch(mode.first)
  const queryClient: QueryClient = createRecourseQueryClient({ dialects: [square] })
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  try {
    const shown = new Promise<ShownTiming>((resolve, reject) => {
      const giveUp = setTimeout(
        () => reject(new Error(`${mode.name}: nothing shown within ${GIVE_UP_MS} ms`)),
        GIVE_UP_MS,
      )
      let done = false
      const seen: Seen = {
        onShown: (view, element) => {
          if (done) return
          done = true
          const at = performance.now()
          clearTimeout(giveUp)
          const failedAt = fake.state.failedAt
          if (failedAt === undefined) {
            reject(new Error(`${mode.name}: a view before any failed attempt`))
            return
          }
          resolve({
            mode: mode.name,
            firstShownMs: at - failedAt,
            text: element?.textContent ?? '',
            retrying: view.retrying,
            ...(view.attempt ? { attempt: `${view.attempt.number} of ${view.attempt.max}` } : {}),
          })
        },
      }
      root.render(
        <QueryClientProvider client={queryClient}>
          {mode.request === 'query' ? (
            <QueryScreen fetchImpl={fake.fetch} seen={seen} />
          ) : (
            <PaymentScreen
              fetchImpl={fake.fetch}
              keyed={mode.request === 'keyed payment'}
              seen={seen}
            />
          )}
        </QueryClientProvider>,
      )
    })
    return await shown
  } finally {
    root.unmount()
    container.remove()
    fake.close()
    queryClient.clear()
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment
  }
}
