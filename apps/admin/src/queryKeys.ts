/** The dashboard's queries, one per widget: each fails, retries and recovers on its own. */
export const TRANSACTIONS_KEY = ['transactions'] as const
export const BALANCE_KEY = ['balance'] as const
export const SUBSCRIPTIONS_KEY = ['webhook-subscriptions'] as const
