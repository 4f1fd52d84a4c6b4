import {
  createClassifier,
  createRetryPolicy,
  maskError,
  type Classifier,
  type Dialect,
  type RecourseRule,
  type RetryPolicyOptions,
} from '@recourse/core'
import {
  MutationCache,
  QueryCache,
  QueryClient,
  type DefaultError,
  type DefaultOptions,
  type Query,
  type QueryObserverOptions,
  type QueryKey,
} from '@tanstack/react-query'
import { configurePaymentSessions, type PaymentSessionsOptions } from './paymentSessions.js'
import {
  attachBehaviour,
  DEFAULT_IDEMPOTENCY_HEADER,
  DEFAULT_MAX_RETRIES,
  judgingOnce,
} from './behaviour.js'
import { createRecourseReporter, type RecourseReport } from './reporter.js'

/**
 * Options of `createRecourseQueryClient`: everything about how failures are judged and retried lives here, on the
 * client, so the retry policy, telemetry and every hook agree. (Words and layout go to `RecourseProvider`.)
 */
export interface RecourseQueryClientOptions {
  /**
   * The providers' dialects to read, e.g. `[stripe]` from `@recourse/core/dialects/stripe`. Default none: the
   * generic reading of any JSON, problem+json or text body. Only the dialects you pass are in your bundle.
   */
  dialects?: readonly Dialect[]
  /** App rules laid over the built-in tables (see `createClassifier`). */
  rules?: readonly RecourseRule[]
  /** A classifier from `createClassifier`, instead of `dialects` and `rules`. */
  classifier?: Classifier
  /** The header a payment's idempotency key is sent in (`usePaymentMutation`). Default `Idempotency-Key`. */
  idempotencyHeader?: string
  /** Retry policy settings: max retries (default 3), delays, caps, costs, the shared budget (`budget: false` for none). */
  retry?: Omit<RetryPolicyOptions, 'classifier' | 'context'>
  /**
   * Which query failures go to the nearest error boundary. Default: only a query with no data to show (its first
   * load failed); a failed background refetch keeps the data on screen and is reported instead.
   */
  throwOnError?: (
    error: DefaultError,
    query: Query<unknown, DefaultError, unknown, QueryKey>,
  ) => boolean
  /**
   * Keep a query's error as a masked copy (`maskError`): what an error boundary receives, and React logs with
   * `console.error`, then carries no card number, security code, account or email — and classifies the same.
   * Default true. False keeps the error your query function threw (infinite queries always do).
   */
  maskErrors?: boolean
  /** Telemetry: each failure once, deduped per query until it succeeds; `meta: { recourse: { report: false } }` opts out. */
  onReport?: (report: RecourseReport) => void
  /** Your own default options, laid over Recourse's. */
  defaultOptions?: DefaultOptions
  /**
   * How the client keeps its payments' idempotency keys (`usePaymentMutation`): e.g.
   * `{ storage: sessionStorage }` to keep a key across a reload while the payment may have been taken.
   */
  payments?: PaymentSessionsOptions
}

/** A query behavior that stores a masked copy of every error its query function throws. */
// The `behavior` option (query-core's own hook, used by infinite queries) may replace the fetch function.
const maskErrorsBehavior: NonNullable<QueryObserverOptions['behavior']> = {
  onFetch: (context) => {
    const fetch = context.fetchFn
    context.fetchFn = async () => {
      try {
        return await fetch()
      } catch (error) {
        throw maskError(error)
      }
    }
  },
}

/**
 * The app's `QueryClient`, with Recourse's behaviour attached: the providers' dialects and app rules every hook
 * classifies with, a retry policy that retries only what may succeed and is safe to repeat (honouring
 * `Retry-After`, full-jitter backoff, one budget for queries and mutations; payments never resent without their
 * key), error boundaries only for queries with nothing to show, masked query errors, the idempotency header, and a
 * reporter: every failure reported once (per query, until it succeeds), for telemetry and background toasts.
 *
 * @example
 * ```ts
 * import { stripe } from '@recourse/core/dialects/stripe'
 *
 * const queryClient = createRecourseQueryClient({
 *   dialects: [stripe],
 *   onReport: (report) => analytics.track('payment_failure', report),
 * })
 * ```
 */
export function createRecourseQueryClient(options: RecourseQueryClientOptions = {}): QueryClient {
  // (createClassifier reads only `dialects` and `rules` of the options.)
  const classifier = judgingOnce(options.classifier ?? createClassifier(options))
  // Queries and mutations draw on one budget: the app's, or one the first policy makes and the second shares.
  const queries = createRetryPolicy({ ...options.retry, classifier, context: { method: 'GET' } })
  // A mutation is a POST unless its error says otherwise: never resent without an idempotency key.
  const mutations = createRetryPolicy({
    ...options.retry,
    classifier,
    budget: options.retry?.budget ?? queries.budget ?? false,
    context: { method: 'POST' },
  })
  const { throwOnError, defaultOptions } = options
  const reporter = createRecourseReporter({ classifier, onReport: options.onReport })
  const client = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) =>
        reporter.report(error, {
          id: `query:${query.queryHash}`,
          origin: 'query',
          background: query.state.data !== undefined,
          meta: query.meta,
          queryHash: query.queryHash,
        }),
      onSuccess: (_data, query) => {
        // The failure count is reset before this runs: a success refills the budget by one either way.
        queries.onSuccess()
        reporter.resolve(`query:${query.queryHash}`)
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        reporter.report(error, {
          id: `mutation:${mutation.mutationId}`,
          origin: 'mutation',
          background: false,
          meta: mutation.meta,
        }),
      onSuccess: (_data, _variables, _context, mutation) =>
        mutations.onSuccess(mutation.state.failureCount > 0),
    }),
    defaultOptions: {
      ...defaultOptions,
      queries: {
        ...(options.maskErrors === false ? {} : { behavior: maskErrorsBehavior }),
        retry: queries.retry,
        retryDelay: queries.retryDelay,
        throwOnError: (error, query) =>
          throwOnError
            ? throwOnError(error, query)
            : query.state.data === undefined &&
              !classifier.classify(error, { method: 'GET' }).silent,
        ...defaultOptions?.queries,
      },
      mutations: {
        retry: mutations.retry,
        retryDelay: mutations.retryDelay,
        throwOnError: false,
        ...defaultOptions?.mutations,
      },
    },
  })
  attachBehaviour(client, {
    classifier,
    idempotencyHeader: options.idempotencyHeader ?? DEFAULT_IDEMPOTENCY_HEADER,
    reporter,
    maxAttempts: (options.retry?.maxRetries ?? DEFAULT_MAX_RETRIES) + 1,
  })
  if (options.payments) configurePaymentSessions(client, options.payments)
  return client
}
