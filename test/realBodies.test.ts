// Accuracy on real bodies: every fixture case that records a `source` (an official SDK fixture, OpenAPI example or
// docs page, see providers.test.ts for the case format) is scored, per provider and overall. A case is right when
// everything its `expect` states holds: kind and reason, the retry verdict, the fields found (in order) and the
// reference found (or, when `null`, rightly absent). Cases written from our own notes carry no `source` and are not
// scored here: they test behaviour, not accuracy.
//
// The table is printed on every run; the suite fails when a provider, or the whole corpus, falls under 97%.
import { classify } from '@recourse/core'
import type { Recourse } from '@recourse/core'
import { describe, expect, it } from 'vitest'
import { providerFixtures, type FixtureCase as SourcedCase } from './fixtures/index.ts'

/** Least share of real bodies classified right, per provider and overall. */
const THRESHOLD = 0.97

function sourcedCases(): { provider: string; testCase: SourcedCase }[] {
  return providerFixtures.flatMap(({ provider, cases }) =>
    cases
      .filter((testCase) => typeof testCase.source === 'string' && testCase.response)
      .map((testCase) => ({ provider, testCase })),
  )
}

/** What is wrong with a result, one word per aspect; empty when the case is classified right. */
function mistakesOf(result: Recourse, expected: SourcedCase['expect']): string[] {
  const mistakes: string[] = []
  if (result.kind !== expected.kind) mistakes.push(`kind ${result.kind}`)
  if (expected.reason !== undefined && result.reason !== expected.reason) {
    mistakes.push(`reason ${result.reason}`)
  }
  if (expected.retry?.allowed !== undefined && result.retry.allowed !== expected.retry.allowed) {
    mistakes.push(`retry ${String(result.retry.allowed)}`)
  }
  if (
    expected.retry?.afterMs !== undefined &&
    (result.retry.afterMs ?? null) !== expected.retry.afterMs
  ) {
    mistakes.push(`afterMs ${String(result.retry.afterMs)}`)
  }
  const fields = result.fields.map((field) => field.field)
  if (expected.fields !== undefined && JSON.stringify(fields) !== JSON.stringify(expected.fields)) {
    mistakes.push(`fields ${JSON.stringify(fields)}`)
  }
  if (expected.reference !== undefined && (result.reference ?? null) !== expected.reference) {
    mistakes.push(`reference ${String(result.reference)}`)
  }
  return mistakes
}

interface Score {
  right: number
  total: number
  wrong: string[]
}

function percent(score: Score): string {
  return `${((100 * score.right) / score.total).toFixed(1)}%`
}

describe('given the real bodies of the fixture corpus (cases with a source)', () => {
  const corpus = sourcedCases()
  const scores = new Map<string, Score>()
  for (const { provider, testCase } of corpus) {
    const score = scores.get(provider) ?? { right: 0, total: 0, wrong: [] }
    const mistakes = mistakesOf(classify(testCase.response, testCase.request), testCase.expect)
    score.total++
    if (mistakes.length === 0) score.right++
    else score.wrong.push(`${testCase.name}: ${mistakes.join(', ')}`)
    scores.set(provider, score)
  }
  const overall: Score = { right: 0, total: 0, wrong: [] }
  for (const score of scores.values()) {
    overall.right += score.right
    overall.total += score.total
  }

  const lines = [...scores.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([provider, score]) =>
        `  ${provider.padEnd(22)} ${score.right}/${score.total}  ${percent(score)}`,
    )
  console.log(
    [
      'Real-body accuracy (kind, reason, retry, fields, reference):',
      ...lines,
      `  ${'overall'.padEnd(22)} ${overall.right}/${overall.total}  ${percent(overall)}`,
      ...[...scores.values()].flatMap((score) => score.wrong.map((wrong) => `  wrong: ${wrong}`)),
    ].join('\n'),
  )

  it('should hold real bodies, each recording the repository path or page it was taken from', () => {
    expect(corpus.length).toBeGreaterThan(0)
    // A page's address, or a repository file at a commit (`owner/repo@<40 hex>:path`).
    for (const { testCase } of corpus)
      expect(testCase.source).toMatch(/^([\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+|https:\/\/)/)
  })

  for (const [provider, score] of scores) {
    it(`should classify at least 97% of the ${provider} bodies right`, () => {
      expect(score.right / score.total, score.wrong.join('\n')).toBeGreaterThanOrEqual(THRESHOLD)
    })
  }

  it('should classify at least 97% of all real bodies right', () => {
    expect(overall.right / overall.total).toBeGreaterThanOrEqual(THRESHOLD)
  })
})

describe('given the scoring of one result', () => {
  const right: Recourse = {
    kind: 'fix-input',
    reason: 'invalid-input',
    dialect: 'mastercard',
    fields: [{ field: 'amount', message: 'Value is required' }],
    retry: { allowed: false },
    processed: 'no',
    repeatWith: 'new-key',
    reference: '170022',
    trail: [],
  }

  it('should find no mistake when every stated aspect holds', () => {
    expect(
      mistakesOf(right, {
        kind: 'fix-input',
        reason: 'invalid-input',
        fields: ['amount'],
        reference: '170022',
        retry: { allowed: false },
      }),
    ).toEqual([])
  })

  it('should name each aspect that does not hold', () => {
    expect(
      mistakesOf(right, {
        kind: 'declined',
        reason: 'declined',
        fields: [],
        reference: null,
        retry: { allowed: true },
      }),
    ).toEqual([
      'kind fix-input',
      'reason invalid-input',
      'retry false',
      'fields ["amount"]',
      'reference 170022',
    ])
  })
})
