// The mock payment APIs' decisions, without MSW: which reply a request gets, given its provider, the chosen outcome,
// its idempotency key and what that key already did. The MSW handlers (mocks/handlers.ts) and a Node test use it.
import { adyen } from './mocks/adyen.ts'
import { checkoutCom } from './mocks/checkoutCom.ts'
import { cloudPayments } from './mocks/cloudPayments.ts'
import { mangopay } from './mocks/mangopay.ts'
import { mastercard } from './mocks/mastercard.ts'
import { paypal } from './mocks/paypal.ts'
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
  adyen,
  'checkout-com': checkoutCom,
  paypal,
}

export function scenarioFor(provider: ProviderId, outcome: OutcomeId): Scenario {
  return { provider, outcome, ...PROVIDER_MOCKS[provider].scenarios[outcome] }
}

/** What the mock provider remembers: requests per key in this scenario, what each key was received with, and the keys that took money. */
export interface Ledger {
  attempts: Map<string, number>
  /** provider:key -> the parameters the provider first received (and processed) with that key. */
  received: Map<string, string>
  /** provider:key of every request that took the money. */
  charged: Set<string>
}

export function createLedger(): Ledger {
  return { attempts: new Map(), received: new Map(), charged: new Set() }
}

/** The parameters a provider compares when a key comes again. */
const parametersOf = (body: PaymentRequestBody) => JSON.stringify(body)

/**
 * Whether the provider got the request and kept its key: not when the connection dropped before it arrived, nor
 * for a rate limiter's 429 (answered before the request is processed: Stripe keeps no idempotent result for it).
 */
function keepsKey(reply: Reply): boolean {
  if (reply.type === 'drop') return reply.charge === true
  if (reply.type === 'hang') return true
  return reply.status !== 429
}

const isTransportFailure = (reply: Reply) => reply.type === 'drop' || reply.type === 'hang'

/**
 * The reply to one payment request, as a provider that honours idempotency keys answers:
 * - a key it already received with other parameters gets its idempotency conflict (`keyConflict`), whether or not
 *   that first request took the money;
 * - a key that already paid gets its answer to a repeated key (a replay or a conflict), never a second charge,
 *   unless the scenario lists a transport failure for this very request (the answer is lost again);
 * - otherwise the scenario's replies in turn, the last one repeating.
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
  const provider = PROVIDER_MOCKS[scenario.provider]
  const first = ledger.received.get(id)
  if (first !== undefined && first !== parametersOf(request.body))
    return provider.keyConflict(context)
  const replies = scenario.replies(context)
  const listed = replies[attempt - 1]
  const reply = listed ?? replies.at(-1)
  if (!reply) throw new Error(`No reply for ${scenario.provider}/${scenario.outcome}`)
  if (ledger.charged.has(id) && !(listed && isTransportFailure(listed)))
    return provider.repeatedKey(context)
  if (first === undefined && keepsKey(reply)) ledger.received.set(id, parametersOf(request.body))
  if ('charge' in reply && reply.charge) ledger.charged.add(id)
  return reply
}

/** The request a key took money with (its amount and card), or undefined: what the order-status lookup finds. */
export function chargedWith(
  ledger: Ledger,
  provider: ProviderId,
  key: string,
): PaymentRequestBody | undefined {
  const id = `${provider}:${key}`
  const received = ledger.received.get(id)
  return ledger.charged.has(id) && received !== undefined
    ? (JSON.parse(received) as PaymentRequestBody)
    : undefined
}

/** Whether a key took money: the order-status lookup's answer. */
export function isCharged(ledger: Ledger, provider: ProviderId, key: string): boolean {
  return ledger.charged.has(`${provider}:${key}`)
}
