/** Methods that may be sent twice without a second effect (RFC 9110 9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'])

/** Whether repeating a request is harmless: `safe`, `unsafe` (POST/PATCH without a key), or `unknown`. */
export type RequestSafety = 'safe' | 'unsafe' | 'unknown'

/**
 * Decides whether a request may be repeated: idempotent methods, or any request that carried an idempotency key,
 * are `safe`; a known method without a key is `unsafe`; with neither method nor key known, `unknown`.
 */
export function requestSafety(
  method: string | undefined,
  idempotent: boolean | undefined,
): RequestSafety {
  const upper = method?.toUpperCase()
  if (idempotent === true || (upper !== undefined && IDEMPOTENT_METHODS.has(upper))) return 'safe'
  return idempotent === false || upper !== undefined ? 'unsafe' : 'unknown'
}

/**
 * The safety of the request behind a failure. What the error itself recorded (the kit's fetch error, axios's
 * config) wins over the caller's context, which fills the gaps: the error knows what was actually sent.
 * A request counts as carrying an idempotency key when either says so.
 */
export function safetyOf(
  carried: { method?: string | undefined; idempotent?: boolean | undefined },
  context: { method?: string | undefined; idempotent?: boolean | undefined },
): RequestSafety {
  const idempotent =
    carried.idempotent === true || context.idempotent === true
      ? true
      : (carried.idempotent ?? context.idempotent)
  return requestSafety(carried.method ?? context.method, idempotent)
}

// Answers after which the request may have been carried out: no answer at all (timeouts, dropped connections,
// cancellations), a 500 or 504, an outcome the provider reports as unknown, pending or partial, or a key the provider
// has already seen. The same as the rules marked "may have been processed" in docs/classification.md, plus the
// answers that say the key is already in use.
const MAY_HAVE_BEEN_PROCESSED = new Set([
  'outcome-unknown',
  'pending',
  'partially-completed',
  'duplicate-request',
  'idempotency-conflict',
  'request-in-progress',
  'server-error',
  'gateway-timeout',
  'timeout',
  'network-error',
  'aborted',
])

// Answers after which the same request, with the same idempotency key, is how to try again: the server may have
// processed it (above), or did not (rate limit, unavailable, offline). After any other answer — a success, a
// decline, a fix, a payment the provider reports as failed — the request is settled: sending it again with its key
// replays that answer (or conflicts), so a new attempt needs a new key, and nothing is resent automatically.
const SAME_REQUEST_REASONS = new Set([
  ...MAY_HAVE_BEEN_PROCESSED,
  'rate-limited',
  'unavailable',
  'bad-gateway',
  'request-timeout',
  'too-early',
  'offline',
])

/**
 * Whether a failed request should be sent again as it was, with its idempotency key (true), or is settled, so
 * that another attempt is a new request with a new key (false). `usePaymentMutation` renews its key on false;
 * the retry policy only retries automatically on true.
 */
export function reusesIdempotencyKey(recourse: { reason: string }): boolean {
  return SAME_REQUEST_REASONS.has(recourse.reason)
}

/**
 * Whether the failed request may have been carried out all the same (a payment taken). Until that is settled, a
 * changed order must not go out as a new payment with a new key: `usePaymentMutation` keeps the key, so the
 * provider deduplicates (or answers with an idempotency conflict) instead of charging twice.
 */
export function mayHaveBeenProcessed(recourse: { reason: string }): boolean {
  return MAY_HAVE_BEEN_PROCESSED.has(recourse.reason)
}
