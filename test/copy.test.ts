// Copy rule: never word a "try again" where `retry.allowed` is false (docs/copy.md). A customer who reads "Try again"
// presses the button or pays again; where the kit will not send the request again, that is a lie at best and a
// double charge at worst. Checked in every locale, two ways:
// - every reason (each built-in one, each the catalog words, and an app's own), in every kind and every `processed`
//   state, described with retry not allowed;
// - every classification the kit makes of the real bodies in test/fixtures (test/fixtures/index.ts), of every status and of the transport
//   failures, under each request context: where retry is not allowed, no retry wording; where it is, the action says
//   so (which also proves the phrase lists below know each locale's way of saying it).
import { describe, expect, it } from 'vitest'
import { classify, describe as describeRecourse } from '@recourse/core'
import type {
  ClassifyContext,
  KnownReason,
  MessageCatalog,
  Processed,
  Recourse,
  RecourseKind,
} from '@recourse/core'
import { providerFixtures, transportCases, type FixtureCase } from './fixtures/index.ts'
import { catalogs, localePhrases } from './localePhrases.ts'

function offersRetry(locale: string, text: string): boolean {
  return (localePhrases[locale]?.retry ?? []).some((phrase) => phrase.test(text))
}

// Every built-in reason: the compiler fails here when a reason is added to KnownReason and not to this list.
const knownReasons = Object.keys({
  'invalid-input': 1,
  'invalid-characters': 1,
  'too-large': 1,
  'unsupported-file-type': 1,
  'incorrect-cvc': 1,
  'expired-card': 1,
  'incorrect-expiry': 1,
  'incorrect-number': 1,
  'incorrect-postcode': 1,
  'card-details-expired': 1,
  declined: 1,
  'insufficient-funds': 1,
  'limit-exceeded': 1,
  'card-not-supported': 1,
  'authentication-required': 1,
  'account-disabled': 1,
  'payment-failed': 1,
  'rate-limited': 1,
  unavailable: 1,
  'bad-gateway': 1,
  'gateway-timeout': 1,
  'request-timeout': 1,
  'too-early': 1,
  timeout: 1,
  'network-error': 1,
  offline: 1,
  aborted: 1,
  'issuer-unavailable': 1,
  'request-in-progress': 1,
  'outcome-unknown': 1,
  pending: 1,
  'partially-completed': 1,
  'not-a-failure': 1,
  'bad-request': 1,
  unauthenticated: 1,
  forbidden: 1,
  'access-denied': 1,
  'not-found': 1,
  gone: 1,
  'method-not-allowed': 1,
  'not-acceptable': 1,
  conflict: 1,
  'duplicate-request': 1,
  'duplicate-account': 1,
  'idempotency-conflict': 1,
  'length-required': 1,
  'unsupported-media-type': 1,
  'misdirected-request': 1,
  'reference-expired': 1,
  'invalid-state': 1,
  locked: 1,
  'daily-limit': 1,
  'headers-too-large': 1,
  'client-error': 1,
  'server-error': 1,
  'unexpected-status': 1,
  'unknown-error': 1,
  'configuration-error': 1,
} satisfies Record<KnownReason, 1>)

const kinds: RecourseKind[] = ['fix-input', 'declined', 'retry-later', 'contact-support']
const processedStates: Processed[] = ['no', 'maybe', 'yes']

/** Each part of a description that offers a retry, as `part: "text"`. */
function retryWording(locale: string, recourse: Recourse, catalog: MessageCatalog): string[] {
  const { title, body, action } = describeRecourse(recourse, { catalog })
  return Object.entries({ title, body, action })
    .filter(([, text]) => offersRetry(locale, text))
    .map(([part, text]) => `${part}: "${text}"`)
}

/** Every response of the fixture set: official bodies, and the cases written from our notes. */
function fixtureResponses(): { name: string; response: NonNullable<FixtureCase['response']> }[] {
  return [...providerFixtures, { file: 'transport.json', cases: transportCases }].flatMap(
    ({ file, cases }) =>
      cases.flatMap((testCase, index) =>
        testCase.response ? [{ name: `${file}#${index}`, response: testCase.response }] : [],
      ),
  )
}

/** The failures without a body or an answer, and one of each status. */
function otherFailures(): { name: string; input: unknown }[] {
  const timeout = new Error('The operation timed out.')
  timeout.name = 'TimeoutError'
  const abort = new Error('The operation was aborted.')
  abort.name = 'AbortError'
  const failures: { name: string; input: unknown }[] = [
    { name: 'timeout', input: timeout },
    { name: 'abort', input: abort },
    { name: 'network', input: new TypeError('Failed to fetch') },
    { name: 'unknown error', input: new Error('something broke') },
  ]
  for (let status = 100; status < 600; status++) {
    failures.push({ name: `status ${status}`, input: { status, headers: {}, body: undefined } })
  }
  return failures
}

/** Each way a caller describes the request, including after an earlier attempt that may have been taken. */
const contexts: ClassifyContext[] = [
  {},
  { method: 'GET' },
  { method: 'POST' },
  { method: 'POST', idempotent: true },
  { method: 'POST', idempotent: true, priorProcessed: 'maybe' },
]

describe('copy: no "try again" where retry is not allowed', () => {
  it.each(Object.entries(catalogs))(
    "%s: the retry phrases recognise the locale's own way of offering a retry",
    (locale, catalog) => {
      expect(offersRetry(locale, catalog.kinds['retry-later'].action)).toBe(true)
      expect(offersRetry(locale, catalog.ui.retryReady)).toBe(true)
      expect(offersRetry(locale, catalog.ui.retryIn)).toBe(true)
      // ...and do not take "do not pay again" for one.
      expect(offersRetry(locale, catalog.reasons['outcome-unknown'].body ?? '')).toBe(false)
    },
  )

  it.each(Object.entries(catalogs))(
    '%s: every reason, in every kind and processed state, described with retry not allowed',
    (locale, catalog) => {
      const reasons = new Set([...knownReasons, ...Object.keys(catalog.reasons), 'app-own-reason'])
      const offending: string[] = []
      for (const reason of reasons) {
        for (const kind of kinds) {
          for (const processed of processedStates) {
            const recourse: Recourse = {
              kind,
              reason,
              dialect: 'generic',
              fields: [],
              retry: { allowed: false },
              processed,
              repeatWith: processed === 'no' ? 'new-key' : 'same-key',
              trail: [],
            }
            for (const found of retryWording(locale, recourse, catalog)) {
              offending.push(`${kind}/${reason}/processed ${processed} ${found}`)
            }
          }
        }
      }
      expect(offending).toEqual([])
    },
  )

  it.each(Object.entries(catalogs))(
    '%s: every classification of the fixtures, statuses and transport failures',
    (locale, catalog) => {
      const failures = [
        ...fixtureResponses().map(({ name, response }) => ({ name, input: response })),
        ...otherFailures(),
      ]
      const offending: string[] = []
      let allowedSeen = 0
      let refusedSeen = 0
      for (const { name, input } of failures) {
        for (const context of contexts) {
          const recourse = classify(input, context)
          const where = `${name} ${JSON.stringify(context)} -> ${recourse.kind}/${recourse.reason}`
          if (!recourse.retry.allowed) {
            refusedSeen++
            for (const found of retryWording(locale, recourse, catalog)) {
              offending.push(`${where} ${found}`)
            }
          } else if (recourse.kind === 'retry-later') {
            allowedSeen++
            // Where the kit will send it again, the button says so.
            const { action } = describeRecourse(recourse, { catalog })
            if (!offersRetry(locale, action))
              offending.push(`${where} action: "${action}" offers no retry`)
          }
        }
      }
      expect(offending).toEqual([])
      // The sweep saw both sides, many times over.
      expect(allowedSeen).toBeGreaterThan(100)
      expect(refusedSeen).toBeGreaterThan(1000)
    },
  )
})
