import {
  createPaymentSession,
  type PaymentKeyStorage,
  type PaymentSession,
} from './paymentSession.js'
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query'

/** How a QueryClient keeps its payments' keys (`createRecourseQueryClient({ payments })`). */
export interface PaymentSessionsOptions {
  /**
   * Keeps each payment's key across a page reload while it may have been taken, e.g. `sessionStorage`.
   * Default: memory only (the key outlives the component, not the page).
   */
  storage?: PaymentKeyStorage
  /** Delays of the automatic lookups after an unknown outcome, in ms. Default 1, 2, 4, 8 and 16 s. */
  lookupDelaysMs?: readonly number[]
}

/** The scope of a `usePaymentMutation` without a `mutationKey`: one payment at a time in the app. */
export const DEFAULT_PAYMENT_SCOPE: QueryKey = ['recourse', 'payment']

interface Registry {
  options: PaymentSessionsOptions
  sessions: Map<string, PaymentSession>
}

const registries = new WeakMap<QueryClient, Registry>()

function registryOf(client: QueryClient): Registry {
  let registry = registries.get(client)
  if (!registry) registries.set(client, (registry = { options: {}, sessions: new Map() }))
  return registry
}

/** Sets how a QueryClient keeps its payments' keys; `createRecourseQueryClient` calls it. */
export function configurePaymentSessions(
  client: QueryClient,
  options: PaymentSessionsOptions,
): void {
  registryOf(client).options = options
}

/**
 * The payment session of a scope (an order or cart id, as the mutation's `mutationKey`), held by the QueryClient so
 * that it outlives the component: a remount finds the same key, and the request still under way.
 */
export function paymentSessionFor(
  client: QueryClient,
  scope: QueryKey,
  createKey: (() => string) | undefined,
): PaymentSession {
  const registry = registryOf(client)
  const hash = hashKey(scope)
  let session = registry.sessions.get(hash)
  if (!session) {
    session = createPaymentSession({
      ...registry.options,
      storageName: `recourse:payment:${hash}`,
      createKey,
    })
    registry.sessions.set(hash, session)
  }
  return session
}
