// The demo's backend, in the browser: the three mock APIs on one outage switchboard. One per page: the story's
// `beforeEach` resets it and registers its handlers with MSW; the outage control panel drives it.
import { balanceHandlers, seedBalance } from './balancesApi.js'
import { createOutageStore, HEALTHY, type Scenario } from './outages.js'
import { seedSubscriptions, subscriptionHandlers } from './subscriptionsApi.js'
import { seedTransactions, transactionsHandlers } from './transactionsApi.js'

export const outages = createOutageStore()

let appliedScenario = ''
const keyOf = (scenario: Scenario): string => JSON.stringify(scenario)

/** Fresh data and the scenario's outages; returns the MSW handlers that serve them. */
export function startMockServer(scenario: Scenario) {
  outages.reset(scenario)
  appliedScenario = keyOf(scenario)
  return [
    ...transactionsHandlers(outages, seedTransactions()),
    ...balanceHandlers(outages, seedBalance()),
    ...subscriptionHandlers(outages, seedSubscriptions()),
  ]
}

export const HEALTHY_SCENARIO: Scenario = {
  transactions: HEALTHY,
  balances: HEALTHY,
  webhooks: HEALTHY,
}

/** Applies another scenario to the running server (the story's args changed), keeping its data. */
export function applyScenario(scenario: Scenario): void {
  if (keyOf(scenario) === appliedScenario) return
  outages.reset(scenario)
  appliedScenario = keyOf(scenario)
}
