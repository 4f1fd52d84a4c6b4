import { compact, flag, isBag, MAX_TEXT, prop, statusOf, text } from './access.js'
import { hasIdempotencyKey, readHeaders } from './headers.js'
import type { FailureSource, Processed } from './types.js'

/** Largest body text parsed as JSON, in characters; bigger text is kept as (cut) text. */
export const MAX_BODY_CHARS = 65_536

/** The transport-level facts of a failure, before a dialect reads its body. */
export interface RawFailure {
  source: FailureSource
  status?: number
  headers: Record<string, string>
  body: unknown
  method?: string
  idempotent?: boolean
  sent?: boolean
  message?: string
  priorProcessed?: Processed
}

// Chromium, Firefox, Safari, React Native and Node (undici, sockets) words for "the request never got an answer".
const NETWORK_MESSAGE =
  /failed to fetch|networkerror when attempting|load failed|network request failed|fetch failed|network error|ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EPIPE|socket hang up/i

/** Parses a JSON body given as text; anything else (XML, HTML, plain text) stays text, cut to MAX_TEXT. */
export function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body
  // Text too long to parse is cut before anything else reads it.
  if (body.length > 2 * MAX_BODY_CHARS) return text(body)
  const trimmed = body.trim()
  if (trimmed.length <= MAX_BODY_CHARS && /^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown
    } catch {
      // Not JSON after all.
    }
  }
  return trimmed.slice(0, MAX_TEXT) || undefined
}

function methodOf(value: unknown): string | undefined {
  return text(value)?.toUpperCase()
}

function errorName(value: unknown): string | undefined {
  return text(prop(value, 'name'))
}

function isResponse(value: unknown): boolean {
  return (
    isBag(value) &&
    statusOf(prop(value, 'status')) !== undefined &&
    typeof prop(value, 'ok') === 'boolean'
  )
}

/** The kit's own fetch error (see fetchJson), recognized by its brand so it survives bundling twice. */
const SOURCES: readonly FailureSource[] = ['http', 'network', 'timeout', 'abort', 'unknown']
const PROCESSED: readonly Processed[] = ['no', 'maybe', 'yes']

/**
 * The kit's own errors: a `RecourseFetchError`, or a `maskError` copy (which also keeps the failure's own message).
 */
function fromKitError(error: unknown): RawFailure | undefined {
  const masked = prop(error, 'isRecourseMaskedError') === true
  if (!masked && prop(error, 'isRecourseFetchError') !== true) return undefined
  const source = SOURCES.find((known) => known === prop(error, 'source')) ?? 'unknown'
  return {
    source,
    headers: readHeaders(prop(error, 'headers')),
    body: parseBody(prop(error, 'body')),
    ...compact({
      status: statusOf(prop(error, 'status')),
      method: methodOf(prop(error, 'method')),
      idempotent: flag(prop(error, 'idempotent')),
      sent: flag(prop(error, 'sent')),
      priorProcessed: PROCESSED.find((known) => known === prop(error, 'priorProcessed')),
      message: masked ? text(prop(error, 'reportedMessage')) : undefined,
    }),
  }
}

/** axios and other clients that attach `response: { status, headers, data }` and `config: { method }`. */
function fromClientError(error: unknown): RawFailure | undefined {
  const response = prop(error, 'response')
  const config = prop(error, 'config') ?? prop(error, 'options') ?? prop(error, 'request')
  // What the client recorded of the request it sent: its method, and whether it carried an idempotency key.
  const sentWith = compact({
    method: methodOf(prop(config, 'method')),
    idempotent: hasIdempotencyKey(readHeaders(prop(config, 'headers'))) ? true : undefined,
  })
  const status = statusOf(prop(response, 'status'))
  if (status !== undefined) {
    // axios: response.data; ofetch: error.data / response._data; ky: error.data (when read).
    const body = prop(response, 'data') ?? prop(error, 'data') ?? prop(response, '_data')
    return {
      source: 'http',
      status,
      headers: readHeaders(prop(response, 'headers')),
      body: parseBody(body),
      ...sentWith,
    }
  }
  if (prop(error, 'isAxiosError') !== true) return undefined
  const code = text(prop(error, 'code'))
  const source: FailureSource =
    code === 'ECONNABORTED' || code === 'ETIMEDOUT'
      ? 'timeout'
      : code === 'ERR_CANCELED'
        ? 'abort'
        : 'network'
  return { source, headers: {}, body: undefined, ...sentWith }
}

/** A response snapshot `{ status, headers, body }` (or `data`), or a fetch `Response` (body unread). */
function fromSnapshot(value: unknown): RawFailure | undefined {
  const status = statusOf(prop(value, 'status') ?? prop(value, 'statusCode'))
  if (status === undefined) return undefined
  const raw: RawFailure = {
    source: 'http',
    status,
    headers: readHeaders(prop(value, 'headers')),
    body: isResponse(value) ? undefined : parseBody(prop(value, 'body') ?? prop(value, 'data')),
  }
  const method = methodOf(prop(value, 'method'))
  if (method !== undefined) raw.method = method
  return raw
}

function fromError(error: unknown): RawFailure | undefined {
  const name = errorName(error)
  const message = text(prop(error, 'message'))
  if (name === 'TimeoutError') return { source: 'timeout', headers: {}, body: undefined }
  if (name === 'AbortError') return { source: 'abort', headers: {}, body: undefined }
  if (
    message !== undefined &&
    NETWORK_MESSAGE.test(message) &&
    (name === 'TypeError' || name === 'Error' || name === 'FetchError')
  ) {
    return { source: 'network', headers: {}, body: undefined }
  }
  const code = text(prop(error, 'code'))
  if (code !== undefined && NETWORK_MESSAGE.test(code))
    return { source: 'network', headers: {}, body: undefined }
  if (
    code === 'ETIMEDOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT'
  ) {
    return { source: 'timeout', headers: {}, body: undefined }
  }
  return undefined
}

function isErrorLike(value: object): boolean {
  try {
    return (
      value instanceof Error || errorName(value) !== undefined || prop(value, 'cause') !== undefined
    )
  } catch {
    return false
  }
}

/** Causes and aggregated errors followed, at most, before giving up: cycles and deep chains stay cheap. */
const MAX_HOPS = 16

/**
 * Reads any thrown value or response snapshot into its transport-level facts. Follows `cause` chains and
 * `AggregateError.errors`, cycle-safe. Never throws.
 */
export function readRawFailure(input: unknown): RawFailure {
  const queue: unknown[] = [input]
  const seen = new Set<unknown>()
  let firstMessage: string | undefined
  for (let hop = 0; hop < MAX_HOPS && queue.length > 0; hop++) {
    const value = queue.shift()
    if (typeof value === 'string') {
      const body = parseBody(value)
      // Cut before any pattern reads it: a thrown 1 MB string is no slower than a short one.
      const message = text(value)
      if (isBag(body)) queue.unshift(body)
      else if (message !== undefined && NETWORK_MESSAGE.test(message))
        return { source: 'network', headers: {}, body: undefined }
      else firstMessage ??= message
      continue
    }
    if (!isBag(value) || seen.has(value)) continue
    seen.add(value)
    const found =
      fromKitError(value) ?? fromClientError(value) ?? fromSnapshot(value) ?? fromError(value)
    if (found) return found
    if (isErrorLike(value)) {
      firstMessage ??= text(prop(value, 'message'))
      const cause = prop(value, 'cause')
      if (cause !== undefined) queue.push(cause)
      const errors = prop(value, 'errors')
      if (Array.isArray(errors)) queue.push(...(errors as unknown[]).slice(0, MAX_HOPS))
      continue
    }
    // A bare body, e.g. a parsed provider JSON handed over without its response.
    return { source: 'unknown', headers: {}, body: value }
  }
  const raw: RawFailure = { source: 'unknown', headers: {}, body: undefined }
  if (firstMessage !== undefined) raw.message = firstMessage
  return raw
}
