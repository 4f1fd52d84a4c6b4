import { createClassifier, type Classifier } from './createClassifier.js'
import { safetyOf } from './requestSafety.js'
import type { ClassifyContext, Recourse } from './types.js'

/** A shared allowance of retries (a token bucket): retries spend tokens, successes put them back. */
export interface RetryBudget {
  /** Spends `cost` tokens if there are that many; false when the budget is exhausted. */
  take(cost: number): boolean
  /** Puts tokens back after a success: the cost of the retry that succeeded, or `successRefill` for a first try. */
  refund(tokens: number): void
  /** Tokens left. */
  readonly tokens: number
}

/** Options of `createRetryBudget`, after AWS's standard retry mode. */
export interface RetryBudgetOptions {
  /** Tokens when full. Default 50: ten retries in a row, then only as the bucket refills. */
  capacity?: number
  /** Tokens that come back each second, whatever happens. Default 1: one retry per 5 s in a long outage. */
  refillPerSecond?: number
  /** Clock in ms. Default `Date.now`. */
  now?: () => number
}

/**
 * A token bucket shared by every request of an app, so that an outage does not turn each failure into a burst of
 * retries. It refills with time and with successes. Create one per app (per `QueryClient`).
 */
export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const capacity = Math.max(0, options.capacity ?? 50)
  const refillPerSecond = Math.max(0, options.refillPerSecond ?? 1)
  const now = options.now ?? Date.now
  let tokens = capacity
  let updatedAt = now()
  const current = (): number => {
    const time = now()
    tokens = Math.min(capacity, tokens + (Math.max(0, time - updatedAt) / 1000) * refillPerSecond)
    updatedAt = time
    return tokens
  }
  return {
    take(cost) {
      if (current() < cost) return false
      tokens -= cost
      return true
    },
    refund(amount) {
      tokens = Math.min(capacity, current() + Math.max(0, amount))
    },
    get tokens() {
      return current()
    },
  }
}

/** Options of `createRetryPolicy`. */
export interface RetryPolicyOptions {
  /** Automatic retries after the first failure. Default 3. */
  maxRetries?: number
  /** First backoff ceiling, doubled each attempt (full jitter). Default 500 ms. */
  baseDelayMs?: number
  /** Backoff ceiling. Default 30 s. */
  maxDelayMs?: number
  /** A server hint (`Retry-After`, reset headers) longer than this is not waited for automatically. Default 60 s. */
  maxRetryAfterMs?: number
  /** Shared budget; `false` for none. Default: a new `createRetryBudget()`. */
  budget?: RetryBudget | false
  /** Tokens one retry costs (double after an answer that may have been processed: timeouts, drops). Default 5. */
  retryCost?: number
  /** Tokens a success without retry puts back. Default 1. */
  successRefill?: number
  /** Request facts for every failure this policy sees, e.g. `{ method: 'POST' }` for mutations. */
  context?: ClassifyContext
  /**
   * The classifier; pass the one from `createClassifier` your screens use, with your dialects and rules. Default:
   * `createClassifier()`, the generic reading (no provider dialect, so none is bundled).
   */
  classifier?: Classifier
  /** Source of randomness in [0, 1). */
  random?: () => number
}

/** `retry` and `retryDelay` for TanStack Query, plus the success hook that refills the budget. */
export interface RetryPolicy {
  /** TanStack Query's `retry(failureCount, error)`. */
  retry: (failureCount: number, error: unknown) => boolean
  /** TanStack Query's `retryDelay(failureCount, error)`, in ms. */
  retryDelay: (failureCount: number, error: unknown) => number
  /** Call when a request succeeds; `retried` when it succeeded after a retry. */
  onSuccess: (retried?: boolean) => void
  /** The budget this policy draws on, to share with another policy (`budget: policy.budget`); undefined for none. */
  budget: RetryBudget | undefined
}

interface Verdict {
  recourse: Recourse
  /** Safe to send again without a second effect: idempotent method or idempotency key. */
  repeatable: boolean
}

/**
 * A retry policy built from the classification. Retries only what may succeed and is safe to repeat, waits as
 * long as the server asks (capped), otherwise backs off with full jitter, and draws on a shared budget. Never
 * resends automatically a request that is not idempotent and carries no idempotency key.
 *
 * @example
 * ```ts
 * const policy = createRetryPolicy()
 * const queryClient = new QueryClient({
 *   defaultOptions: { queries: { retry: policy.retry, retryDelay: policy.retryDelay } },
 * })
 * ```
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const maxRetries = options.maxRetries ?? 3
  const baseDelayMs = options.baseDelayMs ?? 500
  const maxDelayMs = options.maxDelayMs ?? 30_000
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000
  const budget = options.budget === false ? undefined : (options.budget ?? createRetryBudget())
  const retryCost = options.retryCost ?? 5
  const successRefill = options.successRefill ?? 1
  const context = options.context ?? {}
  const classifier = options.classifier ?? createClassifier()
  const random = options.random ?? Math.random
  // TanStack Query asks for the delay and the verdict on the same error: classify it once, keyed weakly.
  const cache = new WeakMap<object, Verdict>()

  function judge(error: unknown): Verdict {
    const failure = classifier.readFailure(error, context)
    return {
      recourse: classifier.classify(error, context),
      repeatable: safetyOf(failure, context) === 'safe',
    }
  }

  function verdict(error: unknown): Verdict {
    if (typeof error !== 'object' || error === null) return judge(error)
    let found = cache.get(error)
    if (!found) cache.set(error, (found = judge(error)))
    return found
  }

  return {
    retry(failureCount, error) {
      if (failureCount >= maxRetries) return false
      const { recourse, repeatable } = verdict(error)
      // Settled answers (a payment the provider reports as failed) are never resent automatically: with the same
      // key they would replay; a new attempt is the customer's.
      if (!recourse.retry.allowed || !repeatable || recourse.repeatWith !== 'same-key') return false
      if ((recourse.retry.afterMs ?? 0) > maxRetryAfterMs) return false
      return budget ? budget.take(recourse.processed === 'no' ? retryCost : retryCost * 2) : true
    },
    retryDelay(failureCount, error) {
      const hint = verdict(error).recourse.retry.afterMs
      // Never before the server's hint; a little after it, so clients told the same time don't arrive together.
      if (hint !== undefined && hint > 0) return Math.round(hint + random() * hint * 0.05)
      return Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** failureCount))
    },
    onSuccess(retried = false) {
      budget?.refund(retried ? retryCost : successRefill)
    },
    budget,
  }
}
