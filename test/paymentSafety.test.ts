import {
  classify,
  createClassifier,
  describe as describeRecourse,
  fetchJson,
  type Recourse,
} from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { createRecourseQueryClient } from '@recourse/react'
import { MutationObserver } from '@tanstack/react-query'
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

// The payment safety matrix: every failure mode x method x idempotency key present or absent. Each case runs the
// request through a real QueryClient with Recourse's defaults (automatic retries included) against a mock server
// that counts what reaches it, then checks what the customer would be offered.

const API = 'https://pay.test'
const server = setupServer()
let reached = 0
server.events.on('request:start', () => {
  reached++
})
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  reached = 0
})
afterAll(() => server.close())

type Mode = { name: string; answer: () => Response | Promise<Response>; beforeSending?: boolean }

const statusModes: Mode[] = [
  200, 400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 411, 413, 415, 421, 422, 423, 425, 429,
  431, 500, 501, 502, 503, 504,
].map((status) => ({
  name: `status ${status}`,
  // A 200 that reports a failed payment: TabaPay's FAILED, read as a decline.
  answer: () =>
    HttpResponse.json(
      status === 200 ? { SC: 200, status: 'FAILED', networkRC: '05' } : { error: 'x' },
      { status },
    ),
}))

const modes: Mode[] = [
  ...statusModes,
  {
    name: '207 UNKNOWN',
    answer: () =>
      HttpResponse.json({ SC: 207, EC: 'InternalErrorCode', status: 'UNKNOWN' }, { status: 207 }),
  },
  { name: 'network drop after sending', answer: () => HttpResponse.error() },
  {
    name: 'timeout',
    answer: async () => {
      await delay('infinite')
      return HttpResponse.json({})
    },
  },
  { name: 'network drop before sending', answer: () => HttpResponse.json({}), beforeSending: true },
  {
    name: 'idempotency conflict (Mangopay 409)',
    answer: () =>
      HttpResponse.json(
        { Type: 'idempotent_creation_conflict', Message: 'm', Id: 'c-1' },
        { status: 409 },
      ),
  },
  {
    name: 'idempotency conflict (Stripe)',
    answer: () =>
      HttpResponse.json(
        { error: { type: 'idempotency_error', message: 'Keys reused' } },
        { status: 400 },
      ),
  },
]

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const
const MAX_RETRIES = 3

// Failures after which the request may have been processed.
const MAY_HAVE_PROCESSED = new Set([
  'status 500',
  'status 501',
  'status 504',
  '207 UNKNOWN',
  'network drop after sending',
  'timeout',
])
const CONFLICTS = new Set([
  'idempotency conflict (Mangopay 409)',
  'idempotency conflict (Stripe)',
  'status 409',
])

/** Every provider's dialect, as the app's client has them: reads a 2xx body for a payment's outcome. */
const checked = createClassifier({ dialects: allDialects })

/** Sends one request the way an app would, and returns the final failure and its classification. */
async function run(mode: Mode, method: (typeof METHODS)[number], keyed: boolean) {
  server.use(http.all(`${API}/payments`, mode.answer))
  const client = createRecourseQueryClient({
    dialects: allDialects,
    retry: { baseDelayMs: 1, maxDelayMs: 2, maxRetries: MAX_RETRIES },
  })
  let attempts = 0
  // A drop before sending: the first attempt never leaves the device (the fetch fails without reaching the server).
  const fetchThatDropsFirst: typeof fetch = (input, init) =>
    mode.beforeSending && attempts++ === 0
      ? Promise.reject(new TypeError('Failed to fetch'))
      : fetch(input, init)
  const observer = new MutationObserver(client, {
    mutationFn: () =>
      fetchJson(`${API}/payments`, {
        method,
        timeoutMs: 40,
        fetch: fetchThatDropsFirst,
        // Every request here is a payment: a 2xx that reports its failure is one, whatever the method.
        throwOnDeclined: true,
        classifier: checked,
        ...(keyed ? { idempotencyKey: 'submission-1' } : {}),
        ...(method === 'GET' ? {} : { body: '{}' }),
      }),
  })
  const error = await observer.mutate().then(
    () => undefined,
    (reason: unknown) => reason,
  )
  const recourse: Recourse | undefined = error === undefined ? undefined : classify(error)
  return { error, recourse }
}

describe('payment safety matrix', () => {
  for (const mode of modes) {
    for (const method of METHODS) {
      for (const keyed of [false, true]) {
        const unsafe = method === 'POST' && !keyed
        it(`${mode.name} x ${method} x ${keyed ? 'with' : 'without'} key`, async () => {
          const { recourse } = await run(mode, method, keyed)
          if (mode.beforeSending) {
            // Never reached the server: a safe request is sent again and succeeds; an unkeyed POST is not, since
            // nothing told the device the first one never left.
            expect(reached).toBe(unsafe ? 0 : 1)
            expect(recourse === undefined).toBe(!unsafe)
            return
          }
          expect(recourse, 'every mode is a failure').toBeDefined()
          if (!recourse) return
          const offersTryAgain = recourse.retry.allowed

          // Nothing non-idempotent is sent again without its key: at most the one request.
          if (unsafe) expect(reached).toBeLessThanOrEqual(1)
          // Never more than the first request and its automatic retries.
          expect(reached).toBeLessThanOrEqual(1 + MAX_RETRIES)
          // A payment whose outcome is unknown is never resent, keyed or not, and not offered again.
          if (mode.name === '207 UNKNOWN') {
            expect(reached).toBe(1)
            expect(recourse.reason).toBe('outcome-unknown')
          }
          if (unsafe && MAY_HAVE_PROCESSED.has(mode.name)) {
            expect(recourse).toMatchObject({ kind: 'contact-support', reason: 'outcome-unknown' })
            expect(offersTryAgain).toBe(false)
          }
          // A conflict means the first request exists: look up its status, never resubmit.
          if (CONFLICTS.has(mode.name)) {
            expect(reached).toBe(1)
            expect(offersTryAgain).toBe(false)
            expect(recourse.kind).toBe('contact-support')
          }
          if (mode.name.startsWith('idempotency conflict')) {
            expect(describeRecourse(recourse).action).toBe('Check your order status')
          }
          // "Try again" is offered only where sending the same request again is safe.
          if (offersTryAgain && unsafe) {
            expect([
              'rate-limited',
              'unavailable',
              'request-timeout',
              'too-early',
              'offline',
            ]).toContain(recourse.reason)
          }
          if (recourse.kind === 'fix-input' || recourse.kind === 'declined')
            expect(offersTryAgain).toBe(false)
        })
      }
    }
  }
})
