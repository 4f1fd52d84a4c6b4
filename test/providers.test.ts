// The provider fixture corpus: what each payment API documents (see docs/providers.md), one JSON file (or folder)
// per provider in test/fixtures/providers, read by test/fixtures/index.ts and classified case by case.
//
// A case is `{ name, request?, response | error, expect, knownIssue? }`:
// - `request` is the classify context (`method`, `idempotent`, `now` for deterministic reset headers);
// - `response` is a `{ status, headers, body }` snapshot (the body parsed, or as text);
// - `error` describes a thrown value that JSON cannot hold (`{ name: 'TypeError', message: 'Failed to fetch' }`):
//   the test builds the real `TypeError` or `DOMException` from it;
// - `expect` lists only what the case is about. `kind` always; `fields` are the field paths in order;
//   `null` for `reference`, `message`, `silent` or `retry.afterMs` means "absent from the result";
//   `absent` lists strings that must not appear anywhere in the serialized result;
// - `knownIssue` marks a case where the classifier disagrees with the documentation: it is skipped, with
//   the reason in its name, until the classifier is fixed;
// - `source` says where the body was published: `owner/repo@commit:path`, or the documentation page's URL.
import { classify } from '@recourse/core'
import type { Recourse, RecourseKind } from '@recourse/core'
import { describe, expect, it } from 'vitest'
import {
  providerFixtures,
  transportCases,
  type Expectation,
  type FixtureCase as ProviderCase,
} from './fixtures/index.ts'

/** `owner/repo@<40 hex>:path` or an https URL, optionally followed by what in it: ` (the test's name)`. */
const SOURCE = /^([\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+|https:\/\/\S+)( \(.+\))?$/

const kinds: readonly RecourseKind[] = ['fix-input', 'declined', 'retry-later', 'contact-support']

/** The input classify receives: the snapshot itself, or the real error the description stands for. */
function inputOf(testCase: ProviderCase): unknown {
  if (testCase.response) return testCase.response
  const { name, message } = testCase.error ?? { name: 'Error', message: '' }
  return name === 'TypeError' ? new TypeError(message) : new DOMException(message, name)
}

function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return sum % 10 === 0
}

/**
 * Every 13-19 digit Luhn-valid number in `text`, written plain or in groups separated by a space or a dash
 * (consecutive groups of a longer run are tried too, so `id 1234 4111 1111 1111 1111` is caught).
 */
function cardNumbersIn(text: string): string[] {
  const found: string[] = []
  for (const [run] of text.matchAll(/\d+(?:[ -]\d+)*/g)) {
    const groups = run.split(/[ -]/)
    for (let start = 0; start < groups.length; start++) {
      let digits = ''
      for (let end = start; end < groups.length; end++) {
        digits += groups[end]
        if (digits.length > 19) break
        if (digits.length >= 13 && passesLuhn(digits)) found.push(digits)
      }
    }
  }
  return found
}

function classifyCase(testCase: ProviderCase): Recourse {
  return classify(inputOf(testCase), testCase.request)
}

function expectInvariants(testCase: ProviderCase, result: Recourse, before: ProviderCase): void {
  expect(kinds).toContain(result.kind)
  expect(cardNumbersIn(JSON.stringify(result))).toEqual([])
  expect(testCase).toEqual(before)
}

function expectCase(result: Recourse, expected: Expectation): void {
  expect(result.kind).toBe(expected.kind)
  if (expected.reason !== undefined) expect(result.reason).toBe(expected.reason)
  if (expected.dialect !== undefined) expect(result.dialect).toBe(expected.dialect)
  if (expected.fields !== undefined) {
    expect(result.fields.map((field) => field.field)).toEqual(expected.fields)
  }
  if (expected.reference === null) expect(result).not.toHaveProperty('reference')
  else if (expected.reference !== undefined) expect(result.reference).toBe(expected.reference)
  if (expected.message === null) expect(result).not.toHaveProperty('message')
  else if (expected.message !== undefined) expect(result.message).toBe(expected.message)
  if (expected.silent === null) expect(result).not.toHaveProperty('silent')
  else if (expected.silent !== undefined) expect(result.silent).toBe(expected.silent)
  if (expected.retry?.allowed !== undefined)
    expect(result.retry.allowed).toBe(expected.retry.allowed)
  if (expected.retry?.afterMs === null) expect(result.retry).not.toHaveProperty('afterMs')
  else if (expected.retry?.afterMs !== undefined) {
    expect(result.retry.afterMs).toBe(expected.retry.afterMs)
  }
  const serialized = JSON.stringify(result)
  for (const text of expected.absent ?? []) expect(serialized).not.toContain(text)
}

describe('given the card-number detector of this suite', () => {
  it('should find a Luhn-valid card number, plain, grouped, or inside a longer digit run', () => {
    expect(cardNumbersIn('card 4111111111111111 refused')).toEqual(['4111111111111111'])
    expect(cardNumbersIn('pan:4111 1111 1111 1111')).toEqual(['4111111111111111'])
    expect(cardNumbersIn('id 1234 4111-1111-1111-1111')).toContain('4111111111111111')
  })

  it('should not flag a masked card number or a number that fails the Luhn check', () => {
    expect(cardNumbersIn('Card •••• 1111 was declined.')).toEqual([])
    expect(cardNumbersIn('4111 1111 1111 1112')).toEqual([])
  })
})

/**
 * Each provider whose fixtures hold cases written from our notes (no `source`) hides a test card number in one of
 * them at least, so that masking is tested on its shapes. Bodies copied as published are never edited to plant one.
 */
const casesFromNotes = new Map<string, ProviderCase[]>()
for (const { provider, cases } of providerFixtures) {
  const notes = cases.filter((testCase) => !testCase.source)
  if (notes.length > 0)
    casesFromNotes.set(provider, [...(casesFromNotes.get(provider) ?? []), ...notes])
}

describe.each([...casesFromNotes])('given the %s cases written from our notes', (_, notes) => {
  it('should hide a Luhn-valid test card number in one of them at least', () => {
    expect(cardNumbersIn(JSON.stringify(notes))).toContain('4111111111111111')
  })
})

describe.each([
  ...providerFixtures,
  { provider: 'transport', file: 'transport.json', cases: transportCases },
])('given the $file fixtures', ({ cases }) => {
  it('should hold uniquely named cases', () => {
    expect(cases.length).toBeGreaterThan(0)
    expect(new Set(cases.map((testCase) => testCase.name)).size).toBe(cases.length)
  })

  it('should say where each published body was published', () => {
    for (const testCase of cases) {
      if (testCase.source !== undefined) expect(testCase.source, testCase.name).toMatch(SOURCE)
    }
  })

  for (const testCase of cases) {
    if (testCase.knownIssue !== undefined) {
      it.skip(`${testCase.name} (known issue: ${testCase.knownIssue})`, () => {
        expectCase(classifyCase(testCase), testCase.expect)
      })
      continue
    }
    it(testCase.name, () => {
      const before = structuredClone(testCase)
      const result = classifyCase(testCase)
      expectCase(result, testCase.expect)
      expectInvariants(testCase, result, before)
    })
  }

  // Known issues are skipped above; what must hold whatever the classification is still checked for them.
  it('should give every case, known issues included, one of the four kinds, unmasked card numbers never, and leave the fixture untouched', () => {
    for (const testCase of cases) {
      const before = structuredClone(testCase)
      expectInvariants(testCase, classifyCase(testCase), before)
    }
  })
})

describe('given the transport fixtures built into real errors', () => {
  it('should leave each error as it was built', () => {
    for (const testCase of transportCases) {
      const error = inputOf(testCase) as Error
      const before = { name: error.name, message: error.message, keys: Object.keys(error) }
      classify(error, testCase.request)
      expect({ name: error.name, message: error.message, keys: Object.keys(error) }).toEqual(before)
    }
  })
})
