import { compact, isBag, MAX_ITEMS, MAX_TEXT, prop } from './access.js'
import { isRecourseFetchError, RecourseFetchError } from './fetchJson.js'
import { maskSecrets, maskSensitive } from './maskSensitive.js'
import { readRawFailure } from './readFailure.js'
import type { FailureSource } from './types.js'

/** Deepest level of a body copied (classify reads six at most); deeper values are left out. */
const MAX_DEPTH = 16
/** Most keys copied per object: the names classify looks up sit among the first ones of any real body. */
const MAX_KEYS = 100
/** Most objects and lists copied in all, and most characters masked: a 64 KiB body costs no more than a frame. */
const MAX_VALUES = 2000
const MAX_CHARS = 16_384

/**
 * The facts of a failure that `classify` reads — and only those, masked. `maskError` returns one for an error that
 * is not the kit's own `RecourseFetchError`.
 */
export class RecourseMaskedError extends Error {
  /** Brand `classify` recognizes, even across two copies of the package. */
  declare readonly isRecourseMaskedError: true
  declare readonly source: FailureSource
  declare readonly status?: number
  declare readonly headers: Record<string, string>
  /** The body, every string in it (keys too) masked. */
  declare readonly body: unknown
  declare readonly method?: string
  declare readonly idempotent?: boolean
  declare readonly sent?: boolean
  /** The failure's own message (an error's, a thrown string), masked; absent when it had none. */
  declare readonly reportedMessage?: string

  constructor(facts: {
    source: FailureSource
    status?: number | undefined
    headers: Record<string, string>
    body: unknown
    method?: string | undefined
    idempotent?: boolean | undefined
    sent?: boolean | undefined
    message?: string | undefined
  }) {
    super(
      facts.message ??
        (facts.status === undefined
          ? `Request failed (${facts.source})`
          : `Request answered ${facts.status}`),
    )
    this.name = 'RecourseMaskedError'
    this.isRecourseMaskedError = true
    this.source = facts.source
    this.headers = facts.headers
    this.body = facts.body
    // Unknown facts stay absent: "not idempotent" and "not known" are different answers for a retry.
    Object.assign(
      this,
      compact({
        status: facts.status,
        method: facts.method,
        idempotent: facts.idempotent,
        sent: facts.sent,
        reportedMessage: facts.message,
      }),
    )
  }
}

const masked = new WeakSet<object>()

function maskText(value: string): string {
  return maskSecrets(value.slice(0, 2 * MAX_TEXT), true)
}

/**
 * A masked copy of a body: strings and keys masked, cycles kept. Copied breadth first — the top of a body, where
 * classify reads, before its depths — within a budget of depth, keys, values and characters; past it, strings are
 * left empty and values out.
 */
function maskBody(body: unknown): unknown {
  const copies = new Map<object, unknown>()
  const pending: (() => void)[] = []
  let values = MAX_VALUES
  let chars = MAX_CHARS
  const text = (value: string): string => {
    if (chars <= 0) return ''
    const cut = value.slice(0, 2 * MAX_TEXT)
    chars -= cut.length
    return maskText(cut)
  }
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return text(value)
    if (typeof value === 'number' || typeof value === 'bigint') {
      const written = String(value)
      const hidden = maskText(written)
      return hidden === written ? value : hidden
    }
    if (!isBag(value)) return typeof value === 'boolean' || value === null ? value : undefined
    if (copies.has(value)) return copies.get(value)
    if (depth > MAX_DEPTH || --values < 0) return undefined
    if (Array.isArray(value)) {
      const list: unknown[] = []
      copies.set(value, list)
      pending.push(() => {
        for (const item of value.slice(0, MAX_ITEMS)) list.push(copy(item, depth + 1))
      })
      return list
    }
    const object: Record<string, unknown> = {}
    copies.set(value, object)
    pending.push(() => {
      let keys = 0
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue
        if (++keys > MAX_KEYS) break
        // defineProperty: a key named `__proto__` stays a key.
        Object.defineProperty(object, text(key), {
          value: copy(prop(value, key), depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
    })
    return object
  }
  const root = copy(body, 0)
  for (let index = 0; index < pending.length; index++) {
    try {
      pending[index]?.()
    } catch {
      // A Proxy whose traps throw: keep what was read.
    }
  }
  return root
}

/** Rate-limit headers: comma lists of numbers. */
const RATE_LIMITS = new Set(['ratelimit-reset', 'x-ratelimit-reset', 'x-ratelimit-remaining'])

/**
 * A retry hint that held something to mask, rewritten to say the same to `classify` without it: masking would make
 * another hint of it ("cvc: 123" parses as the year 123, "•••• 1111" as 1111). Undefined when it says nothing.
 */
function sameHint(name: string, value: string): string | undefined {
  if (name === 'retry-after') {
    const date = /[a-z]/i.test(value) ? Date.parse(value.trim()) : NaN
    return Number.isNaN(date) ? undefined : new Date(date).toISOString()
  }
  // A reset past 1e11 s (epoch or delta) is capped at a day either way; a smaller number has too few digits to mask.
  return value
    .split(',')
    .slice(0, 10)
    .map((part) => {
      const number = Number(part.trim())
      return Number.isNaN(number) ? 'x' : number > 1e11 ? '1000000000000' : part.trim()
    })
    .join(',')
}

function maskHeaders(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const hidden = maskSensitive(value)
    // A hint that holds something to mask is no hint: it is left out.
    // Stripe-Should-Retry means "true" or anything else.
    if (name === 'stripe-should-retry') result[name] = value === 'true' ? 'true' : 'false'
    else if (hidden === value || (name !== 'retry-after' && !RATE_LIMITS.has(name)))
      result[name] = hidden
    else {
      const hint = sameHint(name, value)
      if (hint !== undefined) result[name] = hint
    }
  }
  return result
}

/**
 * A copy of any failure that carries only masked text — card numbers, security codes, accounts and emails hidden
 * in its message, body and headers, no `cause`, no request — and that `classify` reads exactly as it reads the
 * failure itself. Safe to throw to an error boundary (React logs what reaches one with `console.error`), to log
 * and to send to telemetry. The kit's own `RecourseFetchError` stays one; anything else becomes a
 * `RecourseMaskedError`. Never throws.
 *
 * @example
 * ```ts
 * useQuery({ queryKey: ['balance'], queryFn: () => api.balance().catch((error) => { throw maskError(error) }) })
 * ```
 */
export function maskError(error: unknown): Error {
  if (error instanceof Error && masked.has(error)) return error
  let result: Error
  try {
    if (isRecourseFetchError(error)) {
      const raw = readRawFailure(error)
      result = new RecourseFetchError({
        source: raw.source,
        headers: maskHeaders(raw.headers),
        body: maskBody(raw.body),
        method: error.method,
        url: maskText(String(error.url)),
        idempotent: error.idempotent,
        ...compact({
          status: raw.status,
          sent: raw.sent,
          requestHeaders: error.requestHeaders,
          priorProcessed: error.priorProcessed,
        }),
      })
    } else {
      const raw = readRawFailure(error)
      result = new RecourseMaskedError({
        source: raw.source,
        status: raw.status,
        headers: maskHeaders(raw.headers),
        body: maskBody(raw.body),
        method: raw.method,
        idempotent: raw.idempotent,
        sent: raw.sent,
        message: raw.message === undefined ? undefined : maskText(raw.message),
      })
    }
  } catch {
    result = new RecourseMaskedError({ source: 'unknown', headers: {}, body: undefined })
  }
  masked.add(result)
  return result
}
