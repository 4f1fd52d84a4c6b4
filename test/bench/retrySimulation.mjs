// Retry amplification during an outage, simulated on a fake clock with seeded randomness: deterministic, so the
// same parameters always give the same figures, and a test can assert the goals (test/bench/retrySimulation.test.ts).
// `pnpm bench` runs it on the built @recourse/core; the test on its source. See docs/benchmarks.md.
//
// The model:
// - `clients` browsers, each with its own QueryClient (so, with Recourse, its own retry budget, as
//   `createRecourseQueryClient` makes one per client). A variant gives all of them one shared budget.
// - Each client needs one GET to succeed, and sends it first at a time drawn uniformly over the first `spread`
//   seconds (default: the whole outage): one attempt per client is the baseline the amplification is measured
//   against.
// - The server is down from t = 0 for `outage` seconds: it answers 503 (no hint) for the first `phase503` seconds,
//   then 429 with `Retry-After: retryAfter`, then 200. Each answer takes `latency` ms.
// - Each query runs TanStack Query's retryer as it is written: on the n-th failure (n from 0) it asks
//   `retryDelay(n, error)`, then `retry(n, error)`; if true it waits the delay and sends again. A query that gives
//   up is left in error: nothing resends it automatically (the customer's "Try again" is not modelled), so it is
//   counted as stranded.
// - Payments: `clients` POSTs without an idempotency key, at the same arrival times, each attempt during the outage
//   either timing out after `timeout` seconds (the server may have charged) or answered 503, at random. Every
//   attempt after the first is a re-sent non-idempotent payment.

/**
 * @typedef {{
 *   clients: number
 *   outage: number
 *   phase503: number
 *   retryAfter: number
 *   seed: number
 *   latency: number
 *   timeout: number
 *   spread?: number
 * }} SimulationParameters
 * `outage`, `phase503`, `retryAfter`, `timeout` and `spread` in seconds, `latency` in ms.
 *
 * @typedef {{
 *   retry: (failureCount: number, error: unknown) => boolean
 *   retryDelay: (failureCount: number, error: unknown) => number
 *   onSuccess?: (retried?: boolean) => void
 * }} Policy
 * What TanStack Query asks of its `retry` and `retryDelay` options, plus Recourse's success hook.
 *
 * @typedef {Pick<typeof import('@recourse/core'), 'createRetryPolicy'>} RetryCore
 *
 * @typedef {{
 *   policy: string
 *   clients: number
 *   firstAttemptsDuringOutage: number
 *   requestsDuringOutage: number
 *   amplification: number
 *   requestsBeforeHint: number
 *   stranded: number
 *   recovered: number
 *   recoveryMedianMs: number | undefined
 *   recoveryMaxMs: number | undefined
 *   hintedRecoveries: number
 *   maxHintLatenessMs: number | undefined
 * }} QueryResult
 * `recovery*`: from the end of the outage to each recovered client's first success (its answer received).
 * `hintedRecoveries`: clients whose successful request followed a `Retry-After` hint; `maxHintLatenessMs`: the
 * latest of those requests, after the time the hint allowed.
 *
 * @typedef {{ policy: string, payments: number, attempts: number, resends: number, resentAfterTimeout: number }} PaymentResult
 *
 * @typedef {{
 *   amplification: boolean
 *   noRequestBeforeHint: boolean
 *   successWithinHint: boolean
 * }} QueryGoals
 *
 * @typedef {{
 *   parameters: Required<SimulationParameters>
 *   queries: QueryResult[]
 *   payments: PaymentResult[]
 * }} SimulationResult
 */

/** @type {Readonly<SimulationParameters>} */
export const DEFAULT_PARAMETERS = Object.freeze({
  clients: 100,
  outage: 60,
  phase503: 30,
  retryAfter: 10,
  seed: 1,
  latency: 100,
  timeout: 10,
})

/** Amplification goal: requests during the outage, at most this many times one attempt per client. */
export const AMPLIFICATION_GOAL = 1.2
/** Recovery goal: a request that follows a hint goes out within this share of the hint after it expires. */
export const HINT_LATENESS_GOAL = 0.1

const PARAMETER_NAMES = /** @type {ReadonlyArray<keyof SimulationParameters>} */ ([
  'clients',
  'outage',
  'phase503',
  'retryAfter',
  'seed',
  'latency',
  'timeout',
  'spread',
])

/**
 * Reads `clients=200,outage=90,retryAfter=20` over the defaults. Throws on an unknown name or a value that is not
 * a non-negative number, so a typo does not silently run the defaults.
 *
 * @param {string | undefined} text
 * @returns {Required<SimulationParameters>}
 */
export function parseParameters(text) {
  /** @type {SimulationParameters} */
  const parameters = { ...DEFAULT_PARAMETERS }
  for (const pair of (text ?? '').split(/[,\s]+/).filter(Boolean)) {
    const [name = '', value = ''] = pair.split('=')
    const key = PARAMETER_NAMES.find((candidate) => candidate === name)
    const number = Number(value)
    if (!key)
      throw new Error(`Unknown simulation parameter "${name}" (${PARAMETER_NAMES.join(', ')})`)
    if (value === '' || !Number.isFinite(number) || number < 0)
      throw new Error(`Simulation parameter ${name} needs a number >= 0, got "${value}"`)
    parameters[key] = number
  }
  return complete(parameters)
}

/**
 * @param {SimulationParameters} parameters
 * @returns {Required<SimulationParameters>}
 */
function complete(parameters) {
  const full = { ...DEFAULT_PARAMETERS, ...parameters }
  return {
    ...full,
    clients: Math.floor(full.clients),
    phase503: Math.min(full.phase503, full.outage),
    spread: full.spread ?? full.outage,
  }
}

/**
 * A small seeded generator (mulberry32) of numbers in [0, 1).
 *
 * @param {number} seed
 * @returns {() => number}
 */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A fake clock: events run in time order (then in the order they were scheduled). */
function createClock() {
  /** @type {Array<{ at: number, order: number, run: () => void }>} */
  const queue = []
  let order = 0
  const clock = {
    now: 0,
    /** @param {number} at @param {() => void} run */
    schedule(at, run) {
      const event = { at, order: order++, run }
      let low = 0
      let high = queue.length
      while (low < high) {
        const middle = (low + high) >>> 1
        const other = /** @type {{ at: number, order: number }} */ (queue[middle])
        if (other.at < at || (other.at === at && other.order < event.order)) low = middle + 1
        else high = middle
      }
      queue.splice(low, 0, event)
    },
    runAll() {
      for (let event = queue.shift(); event; event = queue.shift()) {
        clock.now = event.at
        event.run()
      }
    },
  }
  return clock
}

/** TanStack Query's default `retryDelay`: 1 s, doubled each failure, at most 30 s. */
const tanstackDelay = (/** @type {number} */ failureCount) =>
  Math.min(1000 * 2 ** failureCount, 30_000)

/** TanStack Query's defaults for queries in a browser: `retry: 3`, the default delay, no `Retry-After`. */
export const tanstackQueryDefaults = () =>
  /** @type {Policy} */ ({ retry: (count) => count < 3, retryDelay: tanstackDelay })

/** TanStack Query's defaults for mutations: `retry: 0`. */
export const tanstackMutationDefaults = () =>
  /** @type {Policy} */ ({ retry: () => false, retryDelay: tanstackDelay })

/** The median of `values`, undefined when empty. */
const median = (/** @type {number[]} */ values) => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/**
 * @param {Required<SimulationParameters>} parameters
 * @returns {number[]} each client's first send time, in ms
 */
function arrivalsOf(parameters) {
  const random = seededRandom(parameters.seed)
  return Array.from({ length: parameters.clients }, () =>
    Math.floor(random() * parameters.spread * 1000),
  )
}

/**
 * The GET scenario for one policy.
 *
 * @param {string} name
 * @param {Required<SimulationParameters>} parameters
 * @param {(clock: { now: number }, client: number) => Policy} policyFor each client's policy
 * @returns {QueryResult}
 */
function runQueries(name, parameters, policyFor) {
  const clock = createClock()
  const outageEnd = parameters.outage * 1000
  const phase503End = parameters.phase503 * 1000
  const hintMs = parameters.retryAfter * 1000
  let requestsDuringOutage = 0
  let requestsBeforeHint = 0
  let stranded = 0
  /** @type {number[]} */
  const recoveries = []
  /** @type {number[]} */
  const hintLateness = []
  const arrivals = arrivalsOf(parameters)

  arrivals.forEach((arrival, client) => {
    const policy = policyFor(clock, client)
    let failureCount = 0
    /** @type {number | undefined} the time the last `Retry-After` allows, while it is the last answer */
    let notBefore

    const send = () => {
      const sentAt = clock.now
      if (sentAt < outageEnd) requestsDuringOutage++
      if (notBefore !== undefined && sentAt < notBefore) requestsBeforeHint++
      const status = sentAt < phase503End ? 503 : sentAt < outageEnd ? 429 : 200
      const hinted = notBefore
      clock.schedule(sentAt + parameters.latency, () => receive(status, sentAt, hinted))
    }

    /** @param {number} status @param {number} sentAt @param {number | undefined} hinted */
    const receive = (status, sentAt, hinted) => {
      if (status === 200) {
        recoveries.push(clock.now - outageEnd)
        if (hinted !== undefined) hintLateness.push(sentAt - hinted)
        policy.onSuccess?.()
        return
      }
      const error =
        status === 429
          ? { status, headers: { 'retry-after': String(parameters.retryAfter) } }
          : { status, headers: {} }
      notBefore = status === 429 ? clock.now + hintMs : undefined
      // As TanStack Query's retryer: the delay first, then whether to retry at all.
      const delay = policy.retryDelay(failureCount, error)
      if (!policy.retry(failureCount, error)) {
        stranded++
        return
      }
      failureCount++
      clock.schedule(clock.now + delay, send)
    }

    clock.schedule(arrival, send)
  })
  clock.runAll()

  const firstAttemptsDuringOutage = arrivals.filter((arrival) => arrival < outageEnd).length
  return {
    policy: name,
    clients: parameters.clients,
    firstAttemptsDuringOutage,
    requestsDuringOutage,
    amplification: requestsDuringOutage / Math.max(1, firstAttemptsDuringOutage),
    requestsBeforeHint,
    stranded,
    recovered: recoveries.length,
    recoveryMedianMs: median(recoveries),
    recoveryMaxMs: recoveries.length > 0 ? Math.max(...recoveries) : undefined,
    hintedRecoveries: hintLateness.length,
    maxHintLatenessMs: hintLateness.length > 0 ? Math.max(...hintLateness) : undefined,
  }
}

/**
 * The payment scenario for one policy: POSTs without an idempotency key.
 *
 * @param {string} name
 * @param {Required<SimulationParameters>} parameters
 * @param {(clock: { now: number }, client: number) => Policy} policyFor
 * @returns {PaymentResult}
 */
function runPayments(name, parameters, policyFor) {
  const clock = createClock()
  const outageEnd = parameters.outage * 1000
  const outcomes = seededRandom(parameters.seed + 2)
  let attempts = 0
  let resends = 0
  let resentAfterTimeout = 0

  arrivalsOf(parameters).forEach((arrival, client) => {
    const policy = policyFor(clock, client)
    let failureCount = 0
    let lastTimedOut = false
    const send = () => {
      attempts++
      if (failureCount > 0) {
        resends++
        if (lastTimedOut) resentAfterTimeout++
      }
      const sentAt = clock.now
      if (sentAt >= outageEnd) {
        clock.schedule(sentAt + parameters.latency, () => policy.onSuccess?.(failureCount > 0))
        return
      }
      const timesOut = outcomes() < 0.5
      clock.schedule(sentAt + (timesOut ? parameters.timeout * 1000 : parameters.latency), () => {
        lastTimedOut = timesOut
        // What the browser throws for `AbortSignal.timeout`, and an answered 503.
        const error = timesOut
          ? new DOMException('signal timed out', 'TimeoutError')
          : { status: 503, headers: {} }
        const delay = policy.retryDelay(failureCount, error)
        if (!policy.retry(failureCount, error)) return
        failureCount++
        clock.schedule(clock.now + delay, send)
      })
    }
    clock.schedule(arrival, send)
  })
  clock.runAll()
  return { policy: name, payments: parameters.clients, attempts, resends, resentAfterTimeout }
}

/**
 * Runs every scenario for TanStack Query's defaults and for Recourse's policy (`core` gives
 * `createRetryPolicy`: the built package in `pnpm bench`, the source in tests).
 *
 * @param {RetryCore} core
 * @param {SimulationParameters} [input]
 * @returns {SimulationResult}
 */
export function simulate(core, input = DEFAULT_PARAMETERS) {
  const parameters = complete(input)
  /**
   * Recourse's policy as `createRecourseQueryClient` builds it, on the fake clock and seeded jitter.
   * @param {'GET' | 'POST'} method
   * @param {'client' | 'shared'} scope
   */
  const recourse = (method, scope) => {
    const random = seededRandom(parameters.seed + 1)
    /** @type {import('@recourse/core').RetryBudget | undefined} */
    let shared
    /** @param {{ now: number }} clock */
    return (clock) => {
      // A new budget per client, or the first client's, shared by all.
      const policy = core.createRetryPolicy({
        budget: (scope === 'shared' ? shared : undefined) ?? { now: () => clock.now },
        random,
        context: { method },
      })
      shared ??= policy.budget
      return policy
    }
  }
  return {
    parameters,
    queries: [
      runQueries('TanStack Query defaults', parameters, tanstackQueryDefaults),
      runQueries('Recourse, a budget per client', parameters, recourse('GET', 'client')),
      runQueries('Recourse, one budget for all', parameters, recourse('GET', 'shared')),
    ],
    payments: [
      runPayments(
        'TanStack Query defaults (mutations: retry 0)',
        parameters,
        tanstackMutationDefaults,
      ),
      runPayments('TanStack Query, retry: 3 on mutations', parameters, tanstackQueryDefaults),
      runPayments('Recourse, mutations policy', parameters, recourse('POST', 'client')),
    ],
  }
}

/**
 * Which goals a query result meets.
 *
 * @param {QueryResult} result
 * @param {SimulationParameters} parameters
 * @returns {QueryGoals}
 */
export function queryGoals(result, parameters) {
  return {
    amplification: result.amplification <= AMPLIFICATION_GOAL,
    noRequestBeforeHint: result.requestsBeforeHint === 0,
    successWithinHint:
      (result.maxHintLatenessMs ?? 0) <= HINT_LATENESS_GOAL * parameters.retryAfter * 1000,
  }
}
