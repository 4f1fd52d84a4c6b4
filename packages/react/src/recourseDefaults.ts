import {
  createRetryPolicy,
  maskError,
  type Classifier,
  type RetryBudget,
  type RetryPolicy,
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
import { defaultClassifier } from './RecourseProvider.js'
import { configurePaymentSessions, type PaymentSessionsOptions } from './paymentSessions.js'
import { attachRecourseReporter, createRecourseReporter, type RecourseReport } from './reporter.js'

/** Options of `recourseDefaults` and `createRecourseQueryClient`. */
export interface RecourseDefaultsOptions {
  /** Your classifier (from `createClassifier`), shared with the hooks through `RecourseProvider classifier`. */
  classifier?: Classifier
  /** Retry policy settings (max retries, delays, caps, costs). */
  retry?: Omit<RetryPolicyOptions, 'classifier' | 'budget' | 'context'>
  /** The app's shared retry budget. Default: a new one. */
  budget?: RetryBudget
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

interface Policies {
  classifier: Classifier
  queries: RetryPolicy
  mutations: RetryPolicy
  defaultOptions: DefaultOptions
}

function buildPolicies(options: RecourseDefaultsOptions): Policies {
  const classifier = options.classifier ?? defaultClassifier
  const queries = createRetryPolicy({
    ...options.retry,
    classifier,
    ...(options.budget ? { budget: options.budget } : {}),
    context: { method: 'GET' },
  })
  // One budget for both: the one given, or the one the query policy made.
  const budget = queries.budget ?? false
  // A mutation is a POST unless its error says otherwise: never resent without an idempotency key.
  const mutations = createRetryPolicy({
    ...options.retry,
    classifier,
    budget,
    context: { method: 'POST' },
  })
  const throwOnError = options.throwOnError
  return {
    classifier,
    queries,
    mutations,
    defaultOptions: {
      queries: {
        ...(options.maskErrors === false ? {} : { behavior: maskErrorsBehavior }),
        retry: queries.retry,
        retryDelay: queries.retryDelay,
        throwOnError: (error, query) =>
          throwOnError
            ? throwOnError(error, query)
            : query.state.data === undefined &&
              !classifier.classify(error, { method: 'GET' }).silent,
      },
      mutations: { retry: mutations.retry, retryDelay: mutations.retryDelay, throwOnError: false },
    },
  }
}

/**
 * Default options for a `QueryClient` that retry only what may succeed and is safe to repeat — honouring
 * `Retry-After`, with full-jitter backoff and a budget shared by queries and mutations — and send to an error
 * boundary only a query that has nothing to show. Mutations (payments) are never resent without an idempotency key.
 *
 * @example
 * ```ts
 * const queryClient = new QueryClient({ defaultOptions: recourseDefaults() })
 * ```
 */
export function recourseDefaults(options: RecourseDefaultsOptions = {}): DefaultOptions {
  return buildPolicies(options).defaultOptions
}

/** Options of `createRecourseQueryClient`. */
export interface RecourseQueryClientOptions extends RecourseDefaultsOptions {
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

/**
 * A `QueryClient` with `recourseDefaults()`, a shared retry budget that successes refill, and a reporter on its
 * query and mutation caches: every failure reported once (per query, until it succeeds), for telemetry and for
 * background toasts (`useRecourseReports`).
 *
 * @example
 * ```ts
 * const queryClient = createRecourseQueryClient({ onReport: (report) => analytics.track('failure', report) })
 * ```
 */
export function createRecourseQueryClient(options: RecourseQueryClientOptions = {}): QueryClient {
  const { classifier, queries, mutations, defaultOptions: defaults } = buildPolicies(options)
  const reporter = createRecourseReporter({
    classifier,
    ...(options.onReport ? { onReport: options.onReport } : {}),
  })
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
      ...options.defaultOptions,
      queries: { ...defaults.queries, ...options.defaultOptions?.queries },
      mutations: { ...defaults.mutations, ...options.defaultOptions?.mutations },
    },
  })
  attachRecourseReporter(client, reporter)
  if (options.payments) configurePaymentSessions(client, options.payments)
  return client
}
