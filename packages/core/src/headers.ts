import { isBag, prop, text } from './access.js'

/**
 * Request or correlation ids that support can look up, most specific first: the common `x-request-id` family, and
 * the names some providers give theirs (Mastercard `X-MC-Correlation-ID`, Checkout.com `Cko-Request-Id`, PayPal
 * `Paypal-Debug-Id`).
 */
const REFERENCE_HEADERS = [
  'request-id',
  'x-request-id',
  'x-correlation-id',
  'correlation-id',
  'x-mc-correlation-id',
  'x-trace-id',
  'trace-id',
  'cko-request-id',
  'paypal-debug-id',
] as const

/**
 * The headers providers take an idempotency key in: the IETF draft's, the `X-` form, PayPal's `PayPal-Request-Id`
 * and Checkout.com's `Cko-Idempotency-Key`.
 */
export const IDEMPOTENCY_HEADERS = [
  'idempotency-key',
  'x-idempotency-key',
  'paypal-request-id',
  'cko-idempotency-key',
] as const

/** Headers Recourse reads; others are dropped so a snapshot never carries cookies or tokens further. */
const KEPT = new Set<string>([
  'content-type',
  'retry-after',
  // Mastercard's Transaction API asks for a wait in milliseconds on its 425 Too Early.
  'mc-retry-after-ms',
  'ratelimit-reset',
  'x-ratelimit-reset',
  'x-ratelimit-remaining',
  ...REFERENCE_HEADERS,
  'stripe-should-retry',
  ...IDEMPOTENCY_HEADERS,
])

/** Normalizes headers given as a `Headers`, a Map-like, an array of pairs or a plain object in any case. */
export function readHeaders(value: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  if (!isBag(value)) return result
  const keep = (name: unknown, raw: unknown): void => {
    if (typeof name !== 'string') return
    const lower = name.toLowerCase()
    const found = Array.isArray(raw) ? text(raw[0]) : text(raw)
    if (KEPT.has(lower) && found !== undefined && !(lower in result)) result[lower] = found
  }
  try {
    const get = prop(value, 'get')
    if (typeof get === 'function' && typeof prop(value, 'has') === 'function') {
      for (const name of KEPT) keep(name, get.call(value, name))
      return result
    }
    if (Array.isArray(value)) {
      for (const pair of value.slice(0, 100)) if (Array.isArray(pair)) keep(pair[0], pair[1])
      return result
    }
    let seen = 0
    for (const name in value) {
      if (++seen > 200) break
      keep(name, prop(value, name))
    }
  } catch {
    // A throwing Headers-like or Proxy: keep what was read.
  }
  return result
}

/** Longest wait a server hint is taken at face value for, in ms (one day); a bigger one is capped. */
export const MAX_HINT_MS = 86_400_000

function clampHint(ms: number): number | undefined {
  if (!Number.isFinite(ms)) return undefined
  return Math.min(Math.max(0, Math.round(ms)), MAX_HINT_MS)
}

/** `Retry-After` as delta-seconds or an HTTP-date, in ms from `now`. Nonsense yields undefined. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return clampHint(Number(trimmed) * 1000)
  if (!/[a-z]/i.test(trimmed)) return undefined
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : clampHint(date - now)
}

/** The numbers of a comma list (`"5, 100"`), as sent: a part that is no number is NaN. */
function numbers(list: string | undefined): number[] {
  return list?.split(',').map((part) => Number(part.trim())) ?? []
}

/**
 * A rate-limit reset header: a comma list (Mangopay sends one value per window) of epoch seconds or delta seconds.
 * Picks the window that is exhausted (`X-RateLimit-Remaining` 0) or else the latest reset.
 */
export function parseRateLimitReset(
  reset: string | undefined,
  remaining: string | undefined,
  now: number,
): number | undefined {
  if (reset === undefined) return undefined
  const left = numbers(remaining)
  const waits = numbers(reset)
    .slice(0, 10)
    .map((value) =>
      Number.isFinite(value) && value >= 0
        ? value > 1e9
          ? value * 1000 - now
          : value * 1000
        : NaN,
    )
  const exhausted = waits.filter((wait, index) => left[index] === 0 && Number.isFinite(wait))
  const candidates = (exhausted.length ? exhausted : waits).filter(Number.isFinite)
  return candidates.length ? clampHint(Math.max(...candidates)) : undefined
}

/**
 * The server's retry hint: `Retry-After`, else Mastercard's `Mc-Retry-After-Ms`, else — on a 429, or when a window
 * is at 0 — a rate-limit reset header, in ms. Mangopay sends its reset headers on every answer: on a 503 they say nothing about when to retry.
 */
export function readRetryHint(
  headers: Record<string, string>,
  now: number,
  status: number | undefined,
): number | undefined {
  const retryAfter = parseRetryAfter(headers['retry-after'], now)
  if (retryAfter !== undefined) return retryAfter
  const retryAfterMs = headers['mc-retry-after-ms']?.trim()
  if (retryAfterMs !== undefined && /^\d{1,12}$/.test(retryAfterMs)) {
    return clampHint(Number(retryAfterMs))
  }
  const remaining = headers['x-ratelimit-remaining']
  if (status !== 429 && !numbers(remaining).includes(0)) return undefined
  return parseRateLimitReset(
    headers['x-ratelimit-reset'] ?? headers['ratelimit-reset'],
    remaining,
    now,
  )
}

/** A request or correlation id from the headers, to quote to support. */
export function readHeaderReference(headers: Record<string, string>): string | undefined {
  for (const name of REFERENCE_HEADERS) {
    const value = headers[name]
    if (value !== undefined) return value
  }
  return undefined
}

/** Whether headers (lower-case names) carry an idempotency key, in any of `IDEMPOTENCY_HEADERS`. */
export function hasIdempotencyKey(headers: Record<string, string>): boolean {
  return IDEMPOTENCY_HEADERS.some((name) => headers[name] !== undefined)
}
