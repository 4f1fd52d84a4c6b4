// What the demo's mock payment APIs can answer: one scenario per provider and outcome, in the provider's real body
// shape and headers (docs/providers.md). Pure data and small functions: no React, no MSW, so a Node test can drive it.
import type { RecourseKind } from '@recourse/core'

export const PROVIDERS = [
  'mastercard',
  'tabapay',
  'mangopay',
  'cloud-payments',
  'stripe',
  'adyen',
  'checkout-com',
  'paypal',
] as const
export type ProviderId = (typeof PROVIDERS)[number]

export const OUTCOMES = [
  'success',
  'invalid-fields',
  'declined',
  'insufficient-funds',
  'fraud',
  'expired-card',
  'incorrect-cvc',
  'rate-limited',
  'unavailable',
  'network-drop',
  'timeout',
  'unknown',
  'duplicate',
  'gateway-401',
  'declined-in-200',
] as const
export type OutcomeId = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<OutcomeId, string> = {
  success: 'Success',
  'invalid-fields': 'Field validation errors',
  declined: 'Generic decline',
  'insufficient-funds': 'Insufficient funds',
  fraud: 'Fraud decline (shown as generic)',
  'expired-card': 'Expired card',
  'incorrect-cvc': 'Wrong security code',
  'rate-limited': '429 Too Many Requests',
  unavailable: '503 Service Unavailable, then success',
  'network-drop': 'Network drop, then success',
  timeout: 'Timeout: charged, answer lost',
  unknown: 'Unknown outcome',
  duplicate: 'Duplicate reference / idempotency conflict',
  'gateway-401': 'Gateway 401',
  'declined-in-200': 'A 200 that carries a decline',
}

/** The demo's client timeout: short, so the timeout scenario is watchable (real card APIs want 40 s or more). */
export const DEMO_TIMEOUT_MS = 3_000

/** Seconds in the demo's `Retry-After` (and Mangopay's reset header): long enough to watch the countdown. */
export const DEMO_RETRY_AFTER_SECONDS = 5

/**
 * The demo's retry policy (`createRecourseQueryClient({ retry })`): one automatic retry, and no silent wait for a
 * server hint over 2 s — a longer `Retry-After` is shown to the customer as a countdown instead of a spinner.
 */
export const DEMO_RETRY = { maxRetries: 1, maxRetryAfterMs: 2_000 } as const

/**
 * When the kit asks the order status by itself after an unknown outcome (`createRecourseQueryClient({ payments })`):
 * late enough in the demo that a reviewer sees the unknown-outcome dialog and can press "Check your order status".
 */
export const DEMO_LOOKUP_DELAYS_MS = [6_000, 12_000, 24_000] as const

/** What the payment page sends: no card number and no security code ever leave the form (see `Checkout.tsx`). */
export interface PaymentRequestBody {
  /** The idempotency key again, as the transaction reference (TabaPay's referenceID, Mastercard's transaction_reference). */
  reference: string
  amountMinor: number
  currency: 'GBP'
  cardholder: string
  last4: string
  expiry: string
  postcode: string
}

/** What a mock provider's reply depends on. */
export interface ReplyContext {
  /** The idempotency key (or reference) the request carried. */
  key: string
  body: PaymentRequestBody
  /** Epoch ms of the request. */
  now: number
  /** 1 for the first request with this key in this scenario, 2 for the next... */
  attempt: number
}

/** One answer of a mock payment API. `charge`: the provider took the money on this request. */
export type Reply =
  | {
      type: 'json'
      status: number
      headers?: Record<string, string>
      body: unknown
      charge?: boolean
    }
  | { type: 'text'; status: number; headers?: Record<string, string>; body: string }
  /** The connection drops (`HttpResponse.error()`): the browser reports "Failed to fetch". */
  | { type: 'drop'; charge?: boolean }
  /** No answer before the client gives up (`DEMO_TIMEOUT_MS`). */
  | { type: 'hang'; charge?: boolean }

export type JsonReply = Extract<Reply, { type: 'json' }>

/** What the customer ends up seeing, and after how many payment requests. */
export type Expected =
  | { kind: 'paid'; requests: number }
  | {
      kind: RecourseKind
      reason: string
      requests: number
      /** A retry-later that the customer's own retry (same key) turns into a payment. */
      thenPaid?: boolean
    }

export interface Scenario {
  provider: ProviderId
  outcome: OutcomeId
  /** The real response being mocked, for the caption: status, key headers, body fields. */
  mocked: string
  /** Why this shape, when the provider has no exact equivalent. */
  note?: string
  expected: Expected
  /**
   * Answers to the 1st, 2nd... request with one key; the last one repeats. A key that already took the money gets
   * `repeatedKey` instead, except where a transport failure is listed for that very request.
   */
  replies: (context: ReplyContext) => Reply[]
}

/** A scenario as a provider module defines it (provider and outcome come from the table it sits in). */
export type ScenarioSpec = Omit<Scenario, 'provider' | 'outcome'>

/** A mock payment API. */
export interface ProviderMock {
  id: ProviderId
  label: string
  /** The payment endpoint, shaped like the provider's own. */
  path: string
  /** The provider's API field paths -> the form's field names. */
  fieldMap: Record<string, string>
  /**
   * The answer to a request whose key (or reference) already took the money: Stripe replays the result, Mangopay
   * and TabaPay report a conflict. Never a second charge.
   */
  repeatedKey: (context: ReplyContext) => Reply
  /**
   * The answer to a key (or reference) the provider already received with other parameters, whether or not that
   * request took the money: Stripe's 400 `idempotency_error`, Mangopay's 409 `idempotent_creation_conflict`,
   * TabaPay's and Mastercard's 409 for a reference used before. Never a charge.
   */
  keyConflict: (context: ReplyContext) => Reply
  scenarios: Record<OutcomeId, ScenarioSpec>
}

/** Where the order-status lookup goes (a GET: never a payment). */
export const orderStatusPath = (provider: string, key: string) =>
  `/api/orders/${provider}/${encodeURIComponent(key)}`

/** Formats minor units as the providers that want a decimal string ("42.00"). */
export function decimalAmount(amountMinor: number): string {
  return (amountMinor / 100).toFixed(2)
}

/** A short, stable, fake id for mock bodies, from the key and a prefix. */
export function mockId(prefix: string, key: string, length = 10): string {
  return `${prefix}${key.replace(/[^A-Za-z0-9]/g, '').slice(0, length)}`
}

/**
 * What a lost connection and a silent server look like: the same for every provider, since the customer's
 * browser never gets an answer. Both fail twice (the first try and the automatic retry).
 *
 * - `network-drop`: the connection drops before the provider gets the request; the customer's own retry with the
 *   same key pays.
 * - `timeout`: the provider takes the money on the first request, but no answer comes within the client timeout,
 *   nor to the automatic retry. The customer's own retry with the same key meets the provider's answer to a key
 *   that already paid (`replays`: the payment again, never charged twice; otherwise a conflict), and a submission
 *   of other details with the same key meets `keyConflict`: never a second charge either way.
 */
export function transportScenarios(
  name: string,
  paid: (context: ReplyContext) => Reply,
  afterTimeout: { replays: boolean; repeatedKey: string },
): Record<'network-drop' | 'timeout', ScenarioSpec> {
  return {
    'network-drop': {
      mocked: `Connection dropped before ${name} got the request (twice); then 200`,
      expected: { kind: 'retry-later', reason: 'network-error', requests: 2, thenPaid: true },
      replies: (context) => [{ type: 'drop' }, { type: 'drop' }, paid(context)],
    },
    timeout: {
      mocked: `${name} took the payment, but no answer came within the client timeout (to the first request, then to the automatic retry); the customer's retry with the same key gets ${afterTimeout.repeatedKey}`,
      note: `Edited details sent with the same key get ${name}'s idempotency conflict: charged once.`,
      expected: {
        kind: 'retry-later',
        reason: 'timeout',
        requests: 2,
        ...(afterTimeout.replays ? { thenPaid: true } : {}),
      },
      replies: () => [{ type: 'hang', charge: true }, { type: 'hang' }],
    },
  }
}
