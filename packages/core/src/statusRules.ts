import { compact } from './access.js'
import type { RecourseKind, RecourseRule, RetryWhen, RuleMatch, StatusClass } from './types.js'

/** One row of a rules table; `kind`, `reason` and `retry` are left out when undefined. */
export function rule(
  id: string,
  when: RuleMatch,
  kind?: RecourseKind,
  reason?: string,
  retry?: RetryWhen,
  mayHaveProcessed?: true,
): RecourseRule {
  return { id, when, ...compact({ kind, reason, retry, mayHaveProcessed }) }
}

function status(
  code: number | StatusClass,
  kind: RecourseKind,
  reason: string,
  retry: RetryWhen = 'never',
  mayHaveProcessed?: true,
): RecourseRule {
  return rule(`status:${code}`, { status: code }, kind, reason, retry, mayHaveProcessed)
}

/**
 * The default for every status the five providers document, before any dialect refines it.
 * `retry`: whether the same request may be sent again — `always` (the server did not process it),
 * `idempotent` (only when sending it twice is harmless) or `never`.
 */
export const statusRules: readonly RecourseRule[] = [
  // A 2xx is only a failure when its body says so (see outcomeRules).
  status(200, 'contact-support', 'not-a-failure'),
  // Created or accepted, still processing: it arrived, so never repeat it.
  status(201, 'contact-support', 'pending', 'never', true),
  status(202, 'contact-support', 'pending', 'never', true),
  status(204, 'contact-support', 'not-a-failure'),
  // TabaPay: an upstream step failed and the resource is in UNKNOWN status. Retrieve it later; never resubmit.
  status(207, 'contact-support', 'outcome-unknown', 'never', true),
  status('2xx', 'contact-support', 'not-a-failure'),
  status(400, 'fix-input', 'invalid-input'),
  status(401, 'contact-support', 'unauthenticated'),
  status(402, 'declined', 'declined'),
  status(403, 'contact-support', 'forbidden'),
  status(404, 'contact-support', 'not-found'),
  status(405, 'contact-support', 'method-not-allowed'),
  // TabaPay's firewall found characters it refuses.
  status(406, 'fix-input', 'invalid-characters'),
  status(408, 'retry-later', 'request-timeout', 'always'),
  // A duplicate reference or a reused idempotency key: the first request may have succeeded.
  status(409, 'contact-support', 'conflict', 'never', true),
  status(410, 'contact-support', 'gone'),
  status(411, 'contact-support', 'length-required'),
  status(413, 'fix-input', 'too-large'),
  status(415, 'contact-support', 'unsupported-media-type'),
  status(421, 'contact-support', 'misdirected-request'),
  status(422, 'fix-input', 'invalid-input'),
  status(423, 'contact-support', 'locked'),
  status(425, 'retry-later', 'too-early', 'always'),
  status(429, 'retry-later', 'rate-limited', 'always'),
  status(431, 'contact-support', 'headers-too-large'),
  status('4xx', 'contact-support', 'client-error'),
  status(500, 'contact-support', 'server-error', 'idempotent', true),
  // A gateway's answer that the upstream failed: the upstream may have carried the request out before it did.
  status(502, 'retry-later', 'bad-gateway', 'idempotent', true),
  status(503, 'retry-later', 'unavailable', 'always'),
  status(504, 'retry-later', 'gateway-timeout', 'idempotent', true),
  // Like AWS's SDKs: other 5xx are not transient.
  status('5xx', 'contact-support', 'server-error', 'never', true),
  status('1xx', 'contact-support', 'unexpected-status'),
  status('3xx', 'contact-support', 'unexpected-status'),
]

/** Failures without an HTTP answer. */
export const sourceRules: readonly RecourseRule[] = [
  rule('source:offline', { source: 'network', sent: false }, 'retry-later', 'offline', 'always'),
  rule('source:network', { source: 'network' }, 'retry-later', 'network-error', 'idempotent', true),
  rule('source:timeout', { source: 'timeout' }, 'retry-later', 'timeout', 'idempotent', true),
  rule('source:aborted', { source: 'abort' }, 'retry-later', 'aborted', 'idempotent', true),
  // A thrown value that says nothing (a plain Error from the app's own fetch code) may come after the request
  // reached the server: assume it may have been carried out, so no new key is issued on a guess.
  rule('source:unknown', {}, 'contact-support', 'unknown-error', 'never', true),
]

/** A 2xx (or status-less) body that reports what happened to a payment. */
export const outcomeRules: readonly RecourseRule[] = [
  rule('outcome:declined', { outcome: 'declined' }, 'declined', 'declined', 'never'),
  rule('outcome:failed', { outcome: 'failed' }, 'declined', 'payment-failed', 'never'),
  rule(
    'outcome:unknown',
    { outcome: 'unknown' },
    'contact-support',
    'outcome-unknown',
    'never',
    true,
  ),
  rule(
    'outcome:partial',
    { outcome: 'partial' },
    'contact-support',
    'partially-completed',
    'never',
  ),
]

/** Checks after the dialect's rules. */
export const checkRules: readonly RecourseRule[] = [
  // "Check your details" with nothing to point at helps no one: the request itself is wrong.
  rule(
    'check:no-fields',
    { reason: 'invalid-input', hasFields: false },
    'contact-support',
    'bad-request',
    'never',
  ),
]
