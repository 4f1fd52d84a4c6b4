// The checkout demo's scenario table, checked without a browser: for every provider and outcome, the mock's replies
// go through the kit's `fetchJson`, the demo's retry policy (as TanStack Query runs it) and `classify`, and the
// customer ends up where the caption's "Expected" says, after that many payment requests, charged at most once.
// (It runs in the `unit` project; the browser suites beside it drive the same scenarios in Chromium.)
import {
  classify,
  createClassifier,
  createRetryPolicy,
  describe as describeRecourse,
  fetchJson,
  RecourseFetchError,
  type Processed,
} from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { describe, expect, it } from 'vitest'
import {
  answer,
  createLedger,
  scenarioFor,
  type Ledger,
} from '../../../apps/checkout/src/mockApi.ts'
import {
  DEMO_RETRY,
  OUTCOMES,
  PROVIDERS,
  type PaymentRequestBody,
  type Reply,
  type Scenario,
} from '../../../apps/checkout/src/scenarios.ts'

const KEY = '7f0c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f'

const body: PaymentRequestBody = {
  reference: KEY,
  amountMinor: 4200,
  currency: 'GBP',
  cardholder: 'Ada Lovelace',
  last4: '4242',
  expiry: '12/29',
  postcode: 'SW1A 1AA',
}

/** A `fetch` that answers as the mock's MSW handler would. */
function mockFetch(ledger: Ledger, scenario: Scenario): typeof fetch {
  return (_url, init) => {
    const key = new Headers(init?.headers).get('Idempotency-Key') ?? ''
    const sent = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as PaymentRequestBody
    const reply: Reply = answer(ledger, scenario, { key, body: sent, now: Date.now() })
    switch (reply.type) {
      case 'json':
        return Promise.resolve(
          new Response(JSON.stringify(reply.body), {
            status: reply.status,
            headers: { 'content-type': 'application/json', ...reply.headers },
          }),
        )
      case 'text':
        return Promise.resolve(
          new Response(reply.body || null, {
            status: reply.status,
            ...(reply.headers ? { headers: reply.headers } : {}),
          }),
        )
      case 'drop':
        return Promise.reject(new TypeError('Failed to fetch'))
      case 'hang':
        return Promise.reject(new DOMException('signal timed out', 'TimeoutError'))
    }
  }
}

/** One submission as `usePaymentMutation` on the demo's QueryClient runs it: automatic retries by the policy. */
async function submit(ledger: Ledger, scenario: Scenario, order: PaymentRequestBody = body) {
  // The demo's client reads every provider's dialect: its policy, and its payment hook's check of a 2xx body.
  const classifier = createClassifier({ dialects: allDialects })
  const policy = createRetryPolicy({ ...DEMO_RETRY, classifier, context: { method: 'POST' } })
  // What the earlier attempts with the key may have done, as the payment session passes it on.
  let prior: Processed = 'no'
  for (let failures = 0; ; failures++) {
    try {
      await fetchJson('/pay', {
        method: 'POST',
        idempotencyKey: KEY,
        body: JSON.stringify(order),
        classifier,
        fetch: mockFetch(ledger, scenario),
      })
      return undefined
    } catch (caught) {
      const error = RecourseFetchError.from(caught, {
        method: 'POST',
        idempotent: true,
        idempotencyHeader: 'Idempotency-Key',
        priorProcessed: prior,
      })
      prior = classify(error, { method: 'POST' }).processed
      if (!policy.retry(failures, error)) return error
    }
  }
}

const sent = (ledger: Ledger) => [...ledger.attempts.values()].reduce((sum, n) => sum + n, 0)

describe('given the checkout demo’s mock payment APIs', () => {
  for (const provider of PROVIDERS) {
    for (const outcome of OUTCOMES) {
      it(`${provider} / ${outcome}: the customer sees what the caption expects`, async () => {
        const scenario = scenarioFor(provider, outcome)
        const ledger = createLedger()
        const error = await submit(ledger, scenario)
        const { expected } = scenario
        expect(sent(ledger)).toBe(expected.requests)
        expect(ledger.charged.size).toBeLessThanOrEqual(1)
        if (expected.kind === 'paid') {
          expect(error).toBeUndefined()
          expect(ledger.charged.size).toBe(1)
          return
        }
        expect(error).toBeDefined()
        const recourse = classify(error, { method: 'POST' })
        expect({ kind: recourse.kind, reason: recourse.reason }).toEqual({
          kind: expected.kind,
          reason: expected.reason,
        })
        // Never leak: no fraud or stolen-card detail, no TabaPay EM, no server text for a 5xx.
        const words = describeRecourse(recourse)
        const shown = [words.title, words.body, ...words.fields.map((field) => field.message)]
        expect(shown.join(' ')).not.toMatch(/fraud|stolen|ReferenceID|3C[0-9A-F]{6}|Service/i)
        if (expected.kind === 'fix-input') expect(recourse.fields.length).toBeGreaterThan(0)

        // The customer's own retry (same key) pays once, when the scenario says it will; and never charges twice.
        if ('thenPaid' in expected && expected.thenPaid) {
          expect(recourse.retry.allowed).toBe(true)
          expect(await submit(ledger, scenario)).toBeUndefined()
          expect(ledger.charged.size).toBe(1)
        } else if (recourse.retry.allowed) {
          const again = await submit(ledger, scenario)
          expect(ledger.charged.size).toBeLessThanOrEqual(1)
          if (again !== undefined && ledger.charged.size === 1) {
            // A key that already paid is never charged again: the provider's conflict says so.
            expect(classify(again, { method: 'POST' }).kind).toBe('contact-support')
          }
        }
      })
    }
  }
})

// A provider's answer to a key used before: its idempotency conflict or duplicate, or, where it sends no body (Checkout.com's
// 409), the status table's conflict. Each is contact-support and never resent.
const KEY_CONFLICT_REASONS = ['idempotency-conflict', 'duplicate-request', 'conflict']

// After a timeout (the provider took the money, the answer was lost) the customer edits a detail and pays again.
// `usePaymentMutation` keeps the key while the last failure may have been processed, so the edited submission
// carries the same key: the provider must answer with its idempotency conflict, never a second charge.
const edited: PaymentRequestBody = { ...body, postcode: 'EC1A 1BB' }

describe('given a key the mock provider already received, sent again with other parameters', () => {
  for (const provider of PROVIDERS) {
    it(`${provider} / timeout, then edited details with the same key: an idempotency conflict, charged once`, async () => {
      const scenario = scenarioFor(provider, 'timeout')
      const ledger = createLedger()
      const first = await submit(ledger, scenario)
      expect(classify(first, { method: 'POST' }).reason).toBe('timeout')
      expect(ledger.charged.size).toBe(1)

      const conflict = await submit(ledger, scenario, edited)
      expect(conflict).toBeDefined()
      const recourse = classify(conflict, { method: 'POST' })
      expect(recourse.kind).toBe('contact-support')
      expect(KEY_CONFLICT_REASONS).toContain(recourse.reason)
      expect(sent(ledger)).toBe(3)
      expect(ledger.charged.size).toBe(1)
    })

    it(`${provider} / network-drop (never received), then edited details with the same key: paid once`, async () => {
      const scenario = scenarioFor(provider, 'network-drop')
      const ledger = createLedger()
      expect(classify(await submit(ledger, scenario), { method: 'POST' }).reason).toBe(
        'network-error',
      )
      expect(await submit(ledger, scenario, edited)).toBeUndefined()
      expect(ledger.charged.size).toBe(1)
    })

    it(`${provider} / success, then other parameters with the same key: a conflict, not a replay`, async () => {
      const ledger = createLedger()
      expect(await submit(ledger, scenarioFor(provider, 'success'))).toBeUndefined()
      const conflict = await submit(ledger, scenarioFor(provider, 'success'), edited)
      expect(conflict).toBeDefined()
      expect(KEY_CONFLICT_REASONS).toContain(classify(conflict, { method: 'POST' }).reason)
      expect(ledger.charged.size).toBe(1)
    })
  }
})
