// The mock payment APIs' decisions, without MSW: which reply a request gets, given its provider, the chosen outcome,
// its idempotency key and what that key already did. The MSW handlers (mocks/handlers.ts) and a Node test use it.
import { cloudPayments } from './mocks/cloudPayments.ts'
import { mangopay } from './mocks/mangopay.ts'
import { mastercard } from './mocks/mastercard.ts'
import { stripe } from './mocks/stripe.ts'
import { tabapay } from './mocks/tabapay.ts'
import type {
  OutcomeId,
  PaymentRequestBody,
  ProviderId,
  ProviderMock,
  Reply,
  Scenario,
} from './scenarios.ts'

export const PROVIDER_MOCKS: Record<ProviderId, ProviderMock> = {
  mastercard,
  tabapay,
  mangopay,
  'cloud-payments': cloudPayments,
  stripe,
}

export function scenarioFor(provider: ProviderId, outcome: OutcomeId): Scenario {
  return { provider, outcome, ...PROVIDER_MOCKS[provider].scenarios[outcome] }
}

/** What the mock provider remembers: requests per key in this scenario, and the keys that took money. */
export interface Ledger {
  attempts: Map<string, number>
  /** provider:key of every request that took the money. */
  charged: Set<string>
}

export function createLedger(): Ledger {
  return { attempts: new Map(), charged: new Set() }
}

/**
 * The reply to one payment request. A key that already paid gets the provider's answer to a repeated key (a replay
 * or a conflict) and is never charged twice; otherwise the scenario's replies in turn, the last one repeating.
 */
export function answer(
  ledger: Ledger,
  scenario: Scenario,
  request: { key: string; body: PaymentRequestBody; now: number },
): Reply {
  const id = `${scenario.provider}:${request.key}`
  const attempt = (ledger.attempts.get(id) ?? 0) + 1
  ledger.attempts.set(id, attempt)
  const context = { ...request, attempt }
  if (ledger.charged.has(id)) return PROVIDER_MOCKS[scenario.provider].repeatedKey(context)
  const replies = scenario.replies(context)
  const reply = replies[Math.min(attempt, replies.length) - 1]
  if (!reply) throw new Error(`No reply for ${scenario.provider}/${scenario.outcome}`)
  if ('charge' in reply && reply.charge) ledger.charged.add(id)
  return reply
}

/** Whether a key took money: the order-status lookup's answer. */
export function isCharged(ledger: Ledger, provider: ProviderId, key: string): boolean {
  return ledger.charged.has(`${provider}:${key}`)
}
