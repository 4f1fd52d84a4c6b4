import { createClassifier } from './createClassifier.js'
import { allDialects } from './dialects/index.js'
import type { ClassifyContext, Failure, Recourse } from './types.js'

/** The classifier behind `classify`: every built-in dialect, no app rules. Internal: not in the public entry. */
export const defaultClassifier = createClassifier({ dialects: allDialects })

/**
 * Classifies any failure — an HTTP error response of a payment API, the kit's fetch error, an axios error, a
 * network `TypeError`, a timeout, a 200 that reports a decline, or anything else — into what the customer can do
 * next. Synchronous, total (never throws) and pure (never mutates its input).
 *
 * Pass the request's `method` and whether it carried an idempotency key: they decide whether a failure whose
 * outcome is unknown may be retried. `fetchJson`'s errors and axios errors carry them already.
 *
 * @example
 * ```ts
 * const recourse = classify(error, { method: 'POST', idempotent: true })
 * if (recourse.kind === 'fix-input') highlight(recourse.fields)
 * ```
 */
export function classify(input: unknown, context?: ClassifyContext): Recourse {
  return defaultClassifier.classify(input, context)
}

/**
 * Reads any failure into one normalized `Failure` (status, headers, body, dialect, codes, fields, hints). Internal:
 * apps read it through `createClassifier(...).readFailure`.
 */
export function readFailure(input: unknown, context?: ClassifyContext): Failure {
  return defaultClassifier.readFailure(input, context)
}
