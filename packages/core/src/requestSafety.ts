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
