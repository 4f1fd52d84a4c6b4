// MSW handlers for the five mock payment APIs and the order-status lookup. Register them in a story's
// `beforeEach({ msw })`: `msw.use(...checkoutHandlers)`. They read the chosen outcome from `mockStore`.
import { delay, http, HttpResponse, type JsonBodyType } from 'msw'
import { PROVIDER_MOCKS } from '../mockApi.ts'
import { mockStore } from '../mockStore.ts'
import { DEMO_TIMEOUT_MS, PROVIDERS, type PaymentRequestBody, type Reply } from '../scenarios.ts'

function toResponse(reply: Reply): Response | Promise<Response> {
  switch (reply.type) {
    case 'json':
      return HttpResponse.json(reply.body as JsonBodyType, {
        status: reply.status,
        ...(reply.headers ? { headers: reply.headers } : {}),
      })
    case 'text':
      return new HttpResponse(reply.body || null, {
        status: reply.status,
        ...(reply.headers ? { headers: reply.headers } : {}),
      })
    case 'drop':
      return HttpResponse.error()
    case 'hang':
      // Answers long after the client has given up (its timeout is DEMO_TIMEOUT_MS): nobody reads this.
      return delay(DEMO_TIMEOUT_MS * 3).then(() => new HttpResponse(null, { status: 504 }))
  }
}

const paymentHandlers = PROVIDERS.map((provider) =>
  http.post(PROVIDER_MOCKS[provider].path, async ({ request }) => {
    const key = request.headers.get('Idempotency-Key') ?? ''
    const body = (await request.json()) as PaymentRequestBody
    // A little latency, as a real API has: the "Paying…" state is visible.
    await delay(150)
    return toResponse(mockStore.receive(provider, key, body, Date.now()))
  }),
)

const orderStatusHandler = http.get('/api/orders/:provider/:key', ({ params }) => {
  const provider = PROVIDERS.find((candidate) => candidate === params['provider'])
  const key = typeof params['key'] === 'string' ? params['key'] : ''
  const charged = provider === undefined ? undefined : mockStore.chargedWith(provider, key)
  // A paid order says what was taken: the amount and the card of the request that took it.
  return HttpResponse.json(
    charged
      ? { reference: key, status: 'paid', amountMinor: charged.amountMinor, last4: charged.last4 }
      : { reference: key, status: 'not-found' },
  )
})

export const checkoutHandlers = [...paymentHandlers, orderStatusHandler]
