// The outage switchboard of the demo's mock APIs: which API fails, how, and for how long. Plain data and a tiny
// store (no React, no MSW), read by the request handlers and shown by the outage control panel.

/** The three mocked APIs behind the dashboard's widgets. */
export type ApiName = 'transactions' | 'balances' | 'webhooks'

export const API_NAMES: readonly ApiName[] = ['transactions', 'balances', 'webhooks']

/** How a failing API answers. `malformed` is a 200 whose body breaks the widget that renders it. */
export type FailureMode =
  'none' | 'unavailable' | 'rate-limited' | 'server-error' | 'forbidden' | 'network' | 'malformed'

/** How long an outage lasts: a number of requests, a few seconds, or until the reviewer recovers it. */
export type OutageLength = 'next-request' | 'next-3-requests' | '10-seconds' | 'until-recovered'

export interface Outage {
  mode: FailureMode
  length: OutageLength
}

export type Scenario = Record<ApiName, Outage>

export const HEALTHY: Outage = { mode: 'none', length: 'until-recovered' }

export const OUTAGE_LENGTHS: Record<OutageLength, string> = {
  'next-request': 'for the next request',
  'next-3-requests': 'for the next 3 requests',
  '10-seconds': 'for 10 seconds',
  'until-recovered': 'until recovered',
}

const OUTAGE_SECONDS = 10

/** What one API does now, and what it has answered so far. */
export interface ApiState {
  mode: FailureMode
  length: OutageLength
  /** Failing requests left, for the request-counted lengths. */
  remaining: number
  /** When a timed outage ends, in ms since the epoch. */
  until: number | undefined
  requests: number
  failures: number
}

export interface OutageSnapshot {
  apis: Readonly<Record<ApiName, ApiState>>
  /** The last start or recovery, in words, for the panel's status message. */
  announcement: string
}

export const API_TITLES: Record<ApiName, string> = {
  transactions: 'Transactions API',
  balances: 'Balances API',
  webhooks: 'Webhook subscriptions API',
}

function failingRequests(length: OutageLength): number {
  if (length === 'next-request') return 1
  if (length === 'next-3-requests') return 3
  return Number.POSITIVE_INFINITY
}

function healthyState(requests = 0, failures = 0): ApiState {
  return {
    mode: 'none',
    length: 'until-recovered',
    remaining: 0,
    until: undefined,
    requests,
    failures,
  }
}

/** The switchboard: start and end outages, and take the answer for each request. */
export interface OutageStore {
  /** Back to a fresh start: the scenario's outages, no requests counted. */
  reset: (scenario: Scenario) => void
  start: (api: ApiName, outage: Outage) => void
  recover: (api: ApiName) => void
  /** Counts a request to `api` and says how to answer it. */
  answer: (api: ApiName) => FailureMode
  subscribe: (onChange: () => void) => () => void
  getSnapshot: () => OutageSnapshot
  /** Stops the timers of timed outages (when the story unmounts). */
  dispose: () => void
}

export function createOutageStore(now: () => number = Date.now): OutageStore {
  const subscribers = new Set<() => void>()
  const timers = new Map<ApiName, ReturnType<typeof setTimeout>>()
  let snapshot: OutageSnapshot = {
    apis: { transactions: healthyState(), balances: healthyState(), webhooks: healthyState() },
    announcement: '',
  }

  const publish = (apis: Partial<Record<ApiName, ApiState>>, announcement?: string): void => {
    snapshot = {
      apis: { ...snapshot.apis, ...apis },
      announcement: announcement ?? snapshot.announcement,
    }
    for (const onChange of subscribers) onChange()
  }

  const clearTimer = (api: ApiName): void => {
    clearTimeout(timers.get(api))
    timers.delete(api)
  }

  const stateFor = (outage: Outage, counts: ApiState): ApiState => {
    if (outage.mode === 'none') return healthyState(counts.requests, counts.failures)
    const timed = outage.length === '10-seconds'
    return {
      ...counts,
      mode: outage.mode,
      length: outage.length,
      remaining: failingRequests(outage.length),
      until: timed ? now() + OUTAGE_SECONDS * 1000 : undefined,
    }
  }

  const schedule = (api: ApiName, state: ApiState): void => {
    clearTimer(api)
    if (state.until === undefined) return
    timers.set(
      api,
      setTimeout(() => store.recover(api), state.until - now()),
    )
  }

  const store: OutageStore = {
    reset(scenario) {
      const apis = {} as Record<ApiName, ApiState>
      for (const api of API_NAMES) {
        apis[api] = stateFor(scenario[api], healthyState())
        schedule(api, apis[api])
      }
      publish(apis, '')
    },
    start(api, outage) {
      const state = stateFor(outage, snapshot.apis[api])
      schedule(api, state)
      publish(
        { [api]: state },
        outage.mode === 'none'
          ? `${API_TITLES[api]} is healthy.`
          : `${API_TITLES[api]} now fails (${describeMode(api, outage.mode)}) ${OUTAGE_LENGTHS[outage.length]}.`,
      )
    },
    recover(api) {
      clearTimer(api)
      const state = snapshot.apis[api]
      if (state.mode === 'none') return
      publish(
        { [api]: healthyState(state.requests, state.failures) },
        `${API_TITLES[api]} recovered.`,
      )
    },
    answer(api) {
      const state = snapshot.apis[api]
      const failing = state.mode !== 'none' && state.remaining > 0
      const requests = state.requests + 1
      if (!failing) {
        publish({ [api]: { ...state, requests } })
        return 'none'
      }
      const remaining = state.remaining - 1
      publish({ [api]: { ...state, requests, failures: state.failures + 1, remaining } })
      // The last failing request of a counted outage: the API is healthy from the next one on.
      if (remaining === 0) store.recover(api)
      return state.mode
    },
    subscribe(onChange) {
      subscribers.add(onChange)
      return () => subscribers.delete(onChange)
    },
    getSnapshot: () => snapshot,
    dispose() {
      for (const api of API_NAMES) clearTimer(api)
    },
  }
  return store
}

/** The failures every mocked API can answer with. */
const COMMON_MODES: Partial<Record<FailureMode, string>> = {
  none: 'Healthy',
  unavailable: '503 Service unavailable, Retry-After 2 s',
  'rate-limited': '429 Too many requests, Retry-After 3 s',
  'server-error': '500 Internal error, with a reference',
  forbidden: '403 Forbidden',
  network: 'Network drop',
}

/** What each failure looks like on each API, for the control panel's options. */
export const FAILURE_MODES: Record<ApiName, Partial<Record<FailureMode, string>>> = {
  // Mangopay sends no Retry-After: its rate-limit windows say when they reset.
  transactions: {
    ...COMMON_MODES,
    'rate-limited': '429 Too many requests, X-RateLimit-Reset in 3 s',
  },
  // Only the balances widget sits in an error boundary: a body it cannot render is its failure to show.
  balances: { ...COMMON_MODES, malformed: '200 with a malformed balance' },
  webhooks: COMMON_MODES,
}

export function describeMode(api: ApiName, mode: FailureMode): string {
  return FAILURE_MODES[api][mode] ?? mode
}
