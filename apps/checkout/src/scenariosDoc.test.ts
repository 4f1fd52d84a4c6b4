// apps/checkout/SCENARIOS.md is written from the scenario table itself, so the page a reviewer reads cannot drift
// from what the demo mocks and expects (a hand-kept table did: it listed 4 of 8 providers and an old verdict).
// After changing a scenario: `pnpm vitest run --project unit apps/checkout -u` rewrites the page; CI fails until then.
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { PROVIDER_MOCKS, scenarioFor } from './mockApi.ts'
import { OUTCOME_LABELS, OUTCOMES, PROVIDERS, type Expected } from './scenarios.ts'

const PAGE = new URL('../SCENARIOS.md', import.meta.url)

/** The caption's "Expected", as a table cell. */
function expectation(expected: Expected): string {
  const requests = `${expected.requests} request${expected.requests === 1 ? '' : 's'}`
  if (expected.kind === 'paid') return `paid (${requests})`
  return `\`${expected.kind}\` / \`${expected.reason}\` (${requests})${expected.thenPaid ? ', paid on retry' : ''}`
}

/** A table cell's text: one line, its pipes escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|')

function page(): string {
  const lines = [
    '# Checkout demo: every scenario',
    '',
    '<!-- Written by apps/checkout/src/scenariosDoc.test.ts from the scenario table: edit the scenarios, not this page. -->',
    '',
    'What each mock payment API answers for each outcome of the _Scenario_ panel, and where the customer ends up',
    '(the caption\'s "Expected"). Request counts include the automatic retry. "Paid on retry": the customer\'s',
    '**Try again** (same key) pays. `test/e2e/checkout/scenarios.test.ts` proves every row without a browser.',
  ]
  for (const outcome of OUTCOMES) {
    lines.push('', `## ${OUTCOME_LABELS[outcome]} (\`${outcome}\`)`, '')
    lines.push('| provider | mocked | expected |', '| --- | --- | --- |')
    for (const provider of PROVIDERS) {
      const scenario = scenarioFor(provider, outcome)
      const mocked = scenario.note ? `${scenario.mocked}. ${scenario.note}` : scenario.mocked
      lines.push(
        `| ${cell(PROVIDER_MOCKS[provider].label)} | ${cell(mocked)} | ${expectation(scenario.expected)} |`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}

describe('apps/checkout/SCENARIOS.md', () => {
  it('lists every provider and outcome as the scenario table has them', async () => {
    const options = await resolveConfig(PAGE)
    await expect(await format(page(), { ...options, parser: 'markdown' })).toMatchFileSnapshot(
      PAGE.pathname,
    )
  })
})
