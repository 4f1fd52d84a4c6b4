import { compact } from './access.js'
import { createClassifier, type Classifier } from './createClassifier.js'
import { IDEMPOTENCY_HEADERS } from './headers.js'
import { maskSensitive } from './maskSensitive.js'
import type { FailureSource, Processed } from './types.js'

/** Largest error body read, in bytes; the rest is never downloaded. */
export const MAX_ERROR_BODY_BYTES = 65_536

/**
 * `fetchJson`'s timeout when none is given, in ms: the whole request, body included, so that a body that never
 * ends cannot hang a checkout. Payment APIs answer well within it (Stripe's own clients wait 80 s).
 */
export const DEFAULT_TIMEOUT_MS = 80_000

/** What a `RecourseFetchError` knows about the failed request. `classify` reads it directly. */
export interface RecourseFetchErrorInit {
  source: FailureSource
  status?: number
  headers?: Record<string, string>
  body?: unknown
  method: string
  url: string
  idempotent: boolean
  /** False when the request is known never to have left the device (offline). */
  sent?: boolean
  /** The names (lower-case) of the headers the request was sent with; never their values. */
  requestHeaders?: readonly string[]
  /** What earlier attempts with the same idempotency key may have done (see `ClassifyContext.priorProcessed`). */
  priorProcessed?: Processed
  cause?: unknown
}

/**
 * The error `fetchJson` throws: the response (or the transport failure) with the facts `classify` needs to keep
 * payments safe — method, idempotency key, whether the request left the device. Build one yourself to hand a
 * response your own client received to `classify`.
 *
 * @example
 * ```ts
 * const error = new RecourseFetchError({
 *   source: 'http',
 *   status: 402,
 *   headers: { 'request-id': 'req_123' },
 *   body: { error: { type: 'card_error', code: 'card_declined' } },
 *   method: 'POST',
 *   url: '/api/payments',
 *   idempotent: true,
 * })
 * classify(error).kind // 'declined'
 * ```
 */
export class RecourseFetchError extends Error {
  // Declared, then set in the constructor: class fields would repeat every name in the shipped code.
  /** Brand `classify` recognizes, even across two copies of the package. */
  declare readonly isRecourseFetchError: true
  declare readonly source: FailureSource
  declare readonly status: number | undefined
  declare readonly headers: Record<string, string>
  declare readonly body: unknown
  declare readonly method: string
  declare readonly url: string
  declare readonly idempotent: boolean
  declare readonly sent: boolean | undefined
  declare readonly requestHeaders: readonly string[] | undefined
  declare readonly priorProcessed: Processed | undefined

  constructor(init: RecourseFetchErrorInit) {
    // The message is what a log shows first: the URL in it is masked (a query string can hold an email).
    const url = maskSensitive(init.url)
    super(
      init.status === undefined
        ? `${init.method} ${url} failed (${init.source})`
        : `${init.method} ${url} answered ${init.status}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    )
    this.isRecourseFetchError = true
    this.source = init.source
    this.status = init.status
    this.headers = init.headers ?? {}
    this.body = init.body
    this.method = init.method
    this.url = init.url
    this.idempotent = init.idempotent
    this.sent = init.sent
    this.requestHeaders = init.requestHeaders
    this.priorProcessed = init.priorProcessed
    this.name = 'RecourseFetchError'
  }

  /**
   * Any thrown value as a `RecourseFetchError` that records the request's method and idempotency key: an axios or
   * ky error, a `TypeError`, a `RecourseFetchError` sent with a custom key header. The original error is its
   * `cause`; what the error itself recorded of the request wins over `facts`, which fill the gaps. Total: never
   * throws; a value it cannot read is recorded as unkeyed, so it is never resent automatically.
   *
   * @example
   * ```ts
   * try { await client.post('/payments', order, { headers: { 'Pay-Key': key } }) }
   * catch (error) { throw RecourseFetchError.from(error, { method: 'POST', idempotent: true, idempotencyHeader: 'Pay-Key' }) }
   * ```
   */
  static from(error: unknown, facts: RequestFacts): RecourseFetchError {
    return withRequestFacts(error, facts)
  }

  /**
   * Throws a `RecourseFetchError` when a successful response's body reports that the payment failed (declined,
   * failed, unknown or partly completed: TabaPay `status`, Mangopay `Status: FAILED`, Cloud Payments
   * `data.response`), read with the classifier's dialects, so the screen never shows "paid" for a refused card.
   *
   * @example
   * ```ts
   * const classifier = createClassifier({ dialects: [tabapay] })
   * RecourseFetchError.throwIfDeclined(await api.createPayment(order), { classifier, method: 'POST' })
   * ```
   */
  static throwIfDeclined(body: unknown, source: DeclineSource): void {
    throwIfDeclined(body, source)
  }
}

/** Type guard for the kit's fetch error. */
export function isRecourseFetchError(error: unknown): error is RecourseFetchError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { isRecourseFetchError?: unknown }).isRecourseFetchError === true
  )
}

let generic: Classifier | undefined
/** The dialect-free classifier, made on first use (an app that never needs it never builds it). */
function genericReader(): Classifier {
  return (generic ??= createClassifier())
}

/** Options of `fetchJson`, on top of `RequestInit`. */
export interface FetchJsonOptions extends RequestInit {
  /** Sent as the idempotency header; makes a payment safe to retry. */
  idempotencyKey?: string
  /** Name of the idempotency header. Default `Idempotency-Key`. */
  idempotencyHeader?: string
  /**
   * Gives up after this many ms — waiting for the answer or reading its body — with a `timeout` failure.
   * Default `DEFAULT_TIMEOUT_MS` (80 s); `Infinity` waits for ever.
   */
  timeoutMs?: number
  /** Error bodies are read up to this many bytes. Default 64 KiB. */
  maxErrorBodyBytes?: number
  /**
   * The classifier whose dialects read a 2xx body for a payment's outcome (TabaPay `status`, Mangopay
   * `Status: FAILED`, ...): with it, a 2xx that reports a declined, failed or unknown payment throws. Pass your
   * app's (`createClassifier({ dialects })`); `usePaymentMutation` checks with the client's on its own.
   */
  classifier?: Classifier
  /** Whether a 2xx body is checked for a declined or unknown payment (needs `classifier`). Default: POST and PATCH. */
  throwOnDeclined?: boolean
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: typeof fetch
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return (await response.text()).slice(0, maxBytes)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  try {
    while (bytes < maxBytes) {
      const { done, value } = await reader.read()
      if (done) break
      const chunk =
        value.byteLength + bytes > maxBytes ? value.subarray(0, maxBytes - bytes) : value
      bytes += chunk.byteLength
      text += decoder.decode(chunk, { stream: true })
    }
    text += decoder.decode()
  } finally {
    // Stop the download of whatever is left.
    reader.cancel().catch(() => undefined)
  }
  return text
}

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  return headers
}

/** What a failed `fetch` or body read says of itself: our timeout, the app's abort, or the network. */
function transportSource(error: unknown): FailureSource {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'abort' : 'network'
}

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return text
  }
}

/**
 * `fetch` for JSON APIs that throws a `RecourseFetchError` on any failure — an error status, a dropped connection,
 * a timeout, or (for POST and PATCH) a 2xx that reports a declined payment — and never anything else. The error
 * carries the method and whether an idempotency key was sent, so `classify` can tell when a retry is safe.
 *
 * @example
 * ```ts
 * const payment = await fetchJson<Payment>('/api/payments', {
 *   method: 'POST',
 *   body: JSON.stringify(order),
 *   idempotencyKey: submissionId,
 *   timeoutMs: 40_000,
 * })
 * ```
 */
export async function fetchJson<T = unknown>(
  url: string | URL,
  options: FetchJsonOptions = {},
): Promise<T> {
  const {
    idempotencyKey,
    idempotencyHeader = 'Idempotency-Key',
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxErrorBodyBytes = MAX_ERROR_BODY_BYTES,
    throwOnDeclined,
    classifier,
    fetch: fetchImpl = globalThis.fetch,
    ...init
  } = options
  const method = (init.method ?? 'GET').toUpperCase()
  const href = String(url)
  const headers = new Headers(init.headers)
  if (idempotencyKey !== undefined) headers.set(idempotencyHeader, idempotencyKey)
  if (!headers.has('accept')) headers.set('accept', 'application/json')
  const idempotent =
    idempotencyKey !== undefined || IDEMPOTENCY_HEADERS.some((name) => headers.has(name))
  const signals = [
    init.signal,
    Number.isFinite(timeoutMs) ? AbortSignal.timeout(Math.max(0, timeoutMs)) : undefined,
  ].filter((signal): signal is AbortSignal => signal != null)
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0]
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false
  const requestHeaders = [...headers.keys()].map((name) => name.toLowerCase())
  const fail = (
    init: Omit<RecourseFetchErrorInit, 'method' | 'url' | 'idempotent'>,
  ): RecourseFetchError =>
    new RecourseFetchError({ ...init, method, url: href, idempotent, requestHeaders })

  let response: Response
  try {
    response = await fetchImpl(url, { ...init, method, headers, ...(signal ? { signal } : {}) })
  } catch (error) {
    const source = transportSource(error)
    throw fail({
      source,
      cause: error,
      ...(offline && source === 'network' ? { sent: false } : {}),
    })
  }

  let text: string
  try {
    text = response.ok ? await response.text() : await readBounded(response, maxErrorBodyBytes)
  } catch (error) {
    // The connection dropped (or the timeout ran out) while the body arrived. After a 2xx the request was processed
    // but its result is unreadable, so the status is left out: the failure reads as one without an answer, sent.
    const answered = response.ok ? {} : { status: response.status, headers: headersOf(response) }
    throw fail({ source: transportSource(error), sent: true, ...answered, cause: error })
  }
  const body = parse(text)
  if (!response.ok)
    throw fail({ source: 'http', status: response.status, headers: headersOf(response), body })

  if (classifier && (throwOnDeclined ?? (method === 'POST' || method === 'PATCH'))) {
    throwIfDeclined(body, {
      classifier,
      method,
      idempotent,
      requestHeaders,
      url: href,
      status: response.status,
      headers: headersOf(response),
    })
  }
  return body as T
}

/** Where a 2xx body came from, for the error `throwIfDeclined` throws. */
export interface DeclineSource {
  /** The classifier whose dialects read the body's outcome: your app's, from `createClassifier({ dialects })`. */
  classifier: Classifier
  method?: string
  idempotent?: boolean
  /** The names of the headers the request was sent with. */
  requestHeaders?: readonly string[]
  url?: string
  status?: number
  headers?: Record<string, string>
}

/**
 * Throws a `RecourseFetchError` when a successful response's body reports that the payment failed — declined,
 * failed, unknown or partly completed (TabaPay `status`, Mangopay `Status: FAILED`, Cloud Payments
 * `data.response`) — so that the screen never shows "paid" for a refused card. Returns otherwise.
 *
 * @example
 * ```ts
 * const classifier = createClassifier({ dialects: [tabapay] })
 * const payment = await api.createPayment(order)
 * throwIfDeclined(payment, { classifier, method: 'POST', idempotent: true })
 * ```
 */
export function throwIfDeclined(body: unknown, source: DeclineSource): void {
  const status = source.status ?? 200
  const headers = source.headers ?? {}
  // Only bodies that report a payment's outcome are failures; a plain 2xx body reads no outcome.
  if (source.classifier.readFailure({ status, headers, body }).outcome === undefined) return
  throw new RecourseFetchError({
    source: 'http',
    status,
    headers,
    body,
    method: (source.method ?? 'POST').toUpperCase(),
    url: source.url ?? '',
    idempotent: source.idempotent ?? false,
    ...compact({ requestHeaders: source.requestHeaders }),
  })
}

/** What the caller knows about the request behind an error. */
export interface RequestFacts {
  method: string
  /** True when the caller sent an idempotency key (or meant to). */
  idempotent: boolean
  /**
   * The header the key was meant to go in. When the error records the headers actually sent (`fetchJson` does),
   * the request counts as keyed only if this one was among them: a `mutationFn` that drops the headers it is given
   * is not mistaken for a keyed one.
   */
  idempotencyHeader?: string
  url?: string
  /** What earlier attempts with the same key may have done; see `ClassifyContext.priorProcessed`. */
  priorProcessed?: Processed
}

function keyedAsRecorded(error: RecourseFetchError, facts: RequestFacts): boolean {
  if (error.idempotent) return true
  const sent = error.requestHeaders
  if (sent === undefined) return facts.idempotent
  const header = facts.idempotencyHeader?.toLowerCase()
  return facts.idempotent && header !== undefined && sent.includes(header)
}

/**
 * Returns the failure as a `RecourseFetchError` that records the request's method and idempotency key — whatever
 * was thrown (an axios or ky error, a `TypeError`, a `RecourseFetchError` sent with a custom key header). The
 * original error is its `cause`. What the error itself recorded of the request (the headers `fetchJson` sent, the
 * key axios sent) wins over `facts`, which fill the gaps. Total: never throws, whatever was thrown; a value it
 * cannot read is recorded as unkeyed, so it is never resent automatically.
 *
 * @example
 * ```ts
 * try { await client.post('/payments', order, { headers: { 'Pay-Key': key } }) }
 * catch (error) { throw withRequestFacts(error, { method: 'POST', idempotent: true, idempotencyHeader: 'Pay-Key' }) }
 * ```
 */
export function withRequestFacts(error: unknown, facts: RequestFacts): RecourseFetchError {
  const prior = compact({ priorProcessed: facts.priorProcessed })
  try {
    if (isRecourseFetchError(error)) {
      const idempotent = keyedAsRecorded(error, facts)
      if (idempotent === error.idempotent && error.priorProcessed === facts.priorProcessed)
        return error
      return new RecourseFetchError({
        source: error.source,
        headers: error.headers,
        body: error.body,
        method: error.method,
        url: error.url,
        idempotent,
        cause: error.cause ?? error,
        ...prior,
        ...compact({
          status: error.status,
          sent: error.sent,
          requestHeaders: error.requestHeaders,
        }),
      })
    }
    // The envelope (source, status, headers, body) reads the same whatever the dialect: the generic reader.
    const failure = genericReader().readFailure(error, { method: facts.method })
    return new RecourseFetchError({
      source: failure.source,
      headers: failure.headers,
      body: failure.body,
      method: (failure.method ?? facts.method).toUpperCase(),
      url: facts.url ?? '',
      // The client's own record of the request (axios's config headers) wins over what the caller meant to send.
      idempotent: failure.idempotent ?? facts.idempotent,
      cause: error,
      ...prior,
      ...compact({ status: failure.status, sent: failure.sent }),
    })
  } catch {
    // A Proxy or a throwing getter: nothing about the request can be trusted, so it counts as unkeyed and of
    // unknown outcome (never resent automatically, never a new key on a guess).
    return new RecourseFetchError({
      source: 'unknown',
      method: String(facts.method).toUpperCase(),
      url: typeof facts.url === 'string' ? facts.url : '',
      idempotent: false,
      ...prior,
    })
  }
}
