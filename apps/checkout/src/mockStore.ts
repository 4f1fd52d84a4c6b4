// The demo's mock provider state, shared by the MSW handlers (which write to it) and the page (which shows it):
// the chosen provider and outcome, every payment request received, and the charges taken. The scenario switcher
// writes here too, so switching needs no reload. Card numbers never reach it: requests carry the last 4 digits.
import { useSyncExternalStore } from 'react'
import { answer, chargedWith, createLedger, isCharged, scenarioFor } from './mockApi.ts'
import type { OutcomeId, PaymentRequestBody, ProviderId, Reply } from './scenarios.ts'

/** One payment request the mock received. */
export interface ReceivedRequest {
  /** 1, 2, 3… in this scenario. */
  number: number
  provider: ProviderId
  /** The idempotency key (or reference) it carried. */
  key: string
  /** What the mock did: "503", "200", "connection dropped", "no answer". */
  answer: string
}

export interface MockState {
  /** Counts the scenarios chosen: the page starts a fresh checkout (and QueryClient) for each. */
  session: number
  provider: ProviderId
  outcome: OutcomeId
  requests: readonly ReceivedRequest[]
  /** Payments the mock provider took in this scenario: more than one per key would be a double charge. */
  charges: number
}

const listeners = new Set<() => void>()
let state: MockState = {
  session: 0,
  provider: 'stripe',
  outcome: 'success',
  requests: [],
  charges: 0,
}
let ledger = createLedger()

function update(next: MockState): void {
  state = next
  for (const listener of listeners) listener()
}

function describeReply(reply: Reply): string {
  switch (reply.type) {
    case 'json':
    case 'text':
      return String(reply.status)
    case 'drop':
      return 'connection dropped'
    case 'hang':
      return 'no answer'
  }
}

export const mockStore = {
  getState: (): MockState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  /** Chooses a scenario (or the same again): a fresh mock provider (no requests, no charges, no keys seen). */
  select: (provider: ProviderId, outcome: OutcomeId): void => {
    ledger = createLedger()
    update({ session: state.session + 1, provider, outcome, requests: [], charges: 0 })
  },
  /** A payment request arrives: records it and decides the reply. */
  receive: (provider: ProviderId, key: string, body: PaymentRequestBody, now: number): Reply => {
    const reply = answer(ledger, scenarioFor(provider, state.outcome), { key, body, now })
    const received: ReceivedRequest = {
      number: state.requests.length + 1,
      provider,
      key,
      answer: describeReply(reply),
    }
    update({ ...state, requests: [...state.requests, received], charges: ledger.charged.size })
    return reply
  },
  /** The order-status lookup: did this key take money? */
  isCharged: (provider: ProviderId, key: string): boolean => isCharged(ledger, provider, key),
  /** What this key was charged for (amount, last 4 digits), when it took money. */
  chargedWith: (provider: ProviderId, key: string): PaymentRequestBody | undefined =>
    chargedWith(ledger, provider, key),
}

/** The mock's state, re-rendering on every change. */
export function useMockState(): MockState {
  return useSyncExternalStore(mockStore.subscribe, mockStore.getState, mockStore.getState)
}
