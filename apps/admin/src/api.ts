// The dashboard's API client: three providers, each read with the kit's `fetchJson`, which throws a
// `RecourseFetchError` (status, headers, parsed body, method) that `useRecourse` and the retry policy understand.
import { fetchJson } from '@recourse/core'

export const TRANSACTIONS_URL = '/mangopay/v2.01/recourse-demo/transactions'
export const BALANCE_URL = '/stripe/v1/balance'
export const SUBSCRIPTIONS_URL = '/mastercard/commercial-event-notifications/subscriptions'

/** One Mangopay transaction (amounts in minor units, dates in epoch seconds). */
export interface MangopayTransaction {
  Id: string
  Tag: string | null
  CreationDate: number
  AuthorId: string
  DebitedFunds: { Currency: string; Amount: number }
  Fees: { Currency: string; Amount: number }
  Status: 'CREATED' | 'SUCCEEDED' | 'FAILED'
  ResultCode: string
  ResultMessage: string
  Type: 'PAYIN' | 'PAYOUT' | 'TRANSFER'
  Nature: 'REGULAR' | 'REFUND'
}

export interface StripeBalanceAmount {
  amount: number
  currency: string
  source_types?: Record<string, number>
}

/** Stripe's balance object. Typed as Stripe documents it: what really arrives is checked when it is rendered. */
export interface StripeBalance {
  object: 'balance'
  livemode: boolean
  available: StripeBalanceAmount[]
  pending: StripeBalanceAmount[]
}

/** A webhook subscription of Commercial Event Notifications. */
export interface Subscription {
  id: string
  subjectType: string
  eventType: string
  callbackUrl: string
  consumerKey: string
  active: boolean
  specifications: { fieldMappingName: string }[]
}

/** What the editor sends: a field the form leaves empty is sent as null, and the API says which one is wrong. */
export interface SubscriptionDraft {
  subjectType: string | null
  eventType: string | null
  callbackUrl: string | null
  consumerKey: string | null
  active: boolean | null
  specifications: { fieldMappingName: string | null }[]
}

export const SUBJECT_TYPES = ['ACCOUNT', 'CARD', 'PAYMENT'] as const
export const EVENT_TYPES = [
  'PAYMENT_AUTHORIZED',
  'PAYMENT_SETTLED',
  'CARD_UPDATED',
  'ACCOUNT_CLOSED',
] as const

export function fetchTransactions(signal: AbortSignal): Promise<MangopayTransaction[]> {
  return fetchJson<MangopayTransaction[]>(
    `${TRANSACTIONS_URL}?per_page=10&sort=CreationDate:DESC`,
    {
      signal,
    },
  )
}

export function fetchBalance(signal: AbortSignal): Promise<StripeBalance> {
  return fetchJson<StripeBalance>(BALANCE_URL, { signal })
}

export function fetchSubscriptions(
  signal: AbortSignal,
): Promise<{ items: Subscription[]; count: number }> {
  return fetchJson(SUBSCRIPTIONS_URL, { signal })
}

/** Creates (POST) or replaces (PUT, idempotent by its method) a subscription. */
export function saveSubscription({
  id,
  draft,
}: {
  id: string | undefined
  draft: SubscriptionDraft
}): Promise<Subscription> {
  return fetchJson<Subscription>(id ? `${SUBSCRIPTIONS_URL}/${id}` : SUBSCRIPTIONS_URL, {
    method: id ? 'PUT' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  })
}
