import {
  createClassifier,
  type Classifier,
  type ClassifyContext,
  type Recourse,
} from '@recourse/core'
import type { QueryClient } from '@tanstack/react-query'
import type { RecourseReporter } from './reporter.js'

/**
 * What a QueryClient knows about failures: how it classifies them, which header carries a payment's key, where
 * reports go, and how many attempts its retry policy makes. Set once, by `createRecourseQueryClient`; read by every
 * hook through the client, so the retry policy and the screen judge an error the same way.
 */
export interface RecourseBehaviour {
  classifier: Classifier
  idempotencyHeader: string
  reporter: RecourseReporter | undefined
  /** Most attempts of one request under the client's retry policy: the first and its retries. */
  maxAttempts: number
}

export const DEFAULT_IDEMPOTENCY_HEADER = 'Idempotency-Key'
export const DEFAULT_MAX_RETRIES = 3

const behaviours = new WeakMap<QueryClient, RecourseBehaviour>()
let fallback: RecourseBehaviour | undefined

/** Attaches the behaviour to its client (done by `createRecourseQueryClient`). */
export function attachBehaviour(client: QueryClient, behaviour: RecourseBehaviour): void {
  behaviours.set(client, behaviour)
}

/**
 * The behaviour of a client made by `createRecourseQueryClient`; for any other client, or none, the defaults: the
 * generic reading of any API (no provider dialect: those an app passes to `createRecourseQueryClient`).
 */
export function behaviourOf(client: QueryClient | undefined): RecourseBehaviour {
  const attached = client ? behaviours.get(client) : undefined
  if (attached) return attached
  // Built on first use, not at import: an app that configures its client never pays for it.
  return (fallback ??= {
    classifier: judgingOnce(createClassifier()),
    idempotencyHeader: DEFAULT_IDEMPOTENCY_HEADER,
    reporter: undefined,
    maxAttempts: DEFAULT_MAX_RETRIES + 1,
  })
}

/**
 * The classifier with each error judged once per kind of request, however many parts ask (the retry policy, the
 * reporter, the payment session, every `useRecourse` of the screen): on a hostile 64 KiB body a classification costs
 * milliseconds. Errors are keyed weakly; primitives are classified each time (they cost nothing).
 */
export function judgingOnce(classifier: Classifier): Classifier {
  const judged = new WeakMap<object, Map<string, Recourse>>()
  return {
    ...classifier,
    classify(input: unknown, context: ClassifyContext = {}) {
      if (typeof input !== 'object' || input === null) return classifier.classify(input, context)
      const { method, idempotent, priorProcessed, dialect, now } = context
      const key = [method, idempotent, priorProcessed, dialect, now].map(String).join('|')
      let byContext = judged.get(input)
      if (!byContext) judged.set(input, (byContext = new Map<string, Recourse>()))
      let recourse = byContext.get(key)
      if (!recourse) byContext.set(key, (recourse = classifier.classify(input, context)))
      return recourse
    },
  }
}
