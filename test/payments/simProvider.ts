// A payment provider with real idempotency semantics, and a network that fails the ways real ones do. The provider
// charges on receipt. The same key with the same body replays the stored answer; the same key with another body is a
// conflict; a key still being processed gets 409 "in use". It never trusts the client: a request without a key is
// simply processed (and charged) again.

/** What the network or the provider does to the next request. */
export type Fault =
  | 'ok' // charged, answered 200
  | 'decline' // declined (402), nothing charged; stored under the key like any answer
  | 'drop-before' // the connection drops before the request arrives: nothing happens
  | 'lose-after' // charged, then the answer is lost (a dropped connection)
  | 'timeout-after' // charged, then the client times out
  | 'unknown-after' // charged, then answered 207 UNKNOWN (TabaPay)
  | 'error-after' // charged, then answered 500
  | 'unavailable-before' // 503 before processing: nothing charged, nothing stored
  | 'slow' // held until `deliver()`; then charged and answered 200
  | 'late' // delayed on the way: the client times out, and the provider receives it only at `deliver()`

export const FAULTS: readonly Fault[] = [
  'ok',
  'decline',
  'drop-before',
  'lose-after',
  'timeout-after',
  'unknown-after',
  'error-after',
  'unavailable-before',
  'slow',
]

/** Every fault, and requests that arrive after the client gave up on them (see the model's second property). */
export const FAULTS_WITH_LATE: readonly Fault[] = [...FAULTS, 'late']

interface Stored {
  body: string
  status: number
  answer: unknown
}

export interface SentRequest {
  key: string | null
  body: string
  fault: Fault
}

interface Held {
  key: string | null
  body: string
  resolve: (response: Response) => void
}

export interface SimProvider {
  /** A `fetch` for `fetchJson({ fetch })`. */
  fetch: typeof fetch
  /** Charges per order id. */
  charges: Map<string, number>
  /** Every request received or dropped, in order. */
  requests: SentRequest[]
  /** The faults of the next requests, in order; then `ok`. */
  faults: Fault[]
  /** Lets every request delayed on the way (`late`) arrive, then answers every held (`slow`) one. */
  deliver(): void
  /** Whether a request is held (`slow`: the client waits for it; a `late` one it gave up on is not counted). */
  holding(): boolean
  /** What a status lookup by key says: charged, not charged, or unknown (still being processed). */
  lookup(
    key: string,
  ): Promise<{ status: 'charged' } | { status: 'not-charged' } | { status: 'unknown' }>
  /** Keys that were charged. */
  chargedKeys: Set<string>
}

const json = (status: number, answer: unknown) =>
  new Response(JSON.stringify(answer), {
    status,
    headers: { 'content-type': 'application/json' },
  })

function orderOf(body: string): string {
  try {
    const order = JSON.parse(body) as { orderId?: unknown }
    return typeof order.orderId === 'string' ? order.orderId : 'unknown-order'
  } catch {
    return 'unknown-order'
  }
}

export function createSimProvider(): SimProvider {
  const stored = new Map<string, Stored>()
  const processing = new Set<string>()
  const held: Held[] = []
  const onTheWay: { key: string | null; body: string }[] = []
  const charges = new Map<string, number>()
  const chargedKeys = new Set<string>()
  const requests: SentRequest[] = []
  const faults: Fault[] = []

  function charge(key: string | null, body: string) {
    const order = orderOf(body)
    charges.set(order, (charges.get(order) ?? 0) + 1)
    if (key !== null) chargedKeys.add(key)
  }

  function store(key: string | null, body: string, status: number, answer: unknown) {
    if (key !== null) stored.set(key, { body, status, answer })
    return json(status, answer)
  }

  function process(key: string | null, body: string, fault: Fault): Response {
    if (fault === 'decline')
      return store(key, body, 402, {
        error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' },
      })
    charge(key, body)
    if (fault === 'unknown-after')
      return store(key, body, 207, { SC: 207, status: 'UNKNOWN', transactionID: 'T1' })
    if (fault === 'error-after')
      return store(key, body, 500, { error: { type: 'api_error', message: 'Internal error' } })
    return store(key, body, 200, { id: `pay_${requests.length}`, status: 'succeeded' })
  }

  const fetchImpl = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers)
    const key = headers.get('idempotency-key')
    const body = typeof init?.body === 'string' ? init.body : ''
    const fault = faults.shift() ?? 'ok'
    requests.push({ key, body, fault })
    await Promise.resolve()
    if (fault === 'drop-before') throw new TypeError('Failed to fetch')
    if (fault === 'unavailable-before')
      return json(503, { error: { type: 'api_error', message: 'Service unavailable' } })
    if (fault === 'late') {
      onTheWay.push({ key, body })
      throw new DOMException('The operation timed out.', 'TimeoutError')
    }
    const response = arrive(key, body, fault)
    if (response instanceof Promise) return response
    // The network loses the answer, whatever it was.
    if (fault === 'lose-after') throw new TypeError('Failed to fetch')
    if (fault === 'timeout-after')
      throw new DOMException('The operation timed out.', 'TimeoutError')
    return response
  }

  /** The provider receives a request: a replay, a conflict, held (`slow`), or processed. */
  function arrive(key: string | null, body: string, fault: Fault): Response | Promise<Response> {
    let response: Response
    const previous = key === null ? undefined : stored.get(key)
    if (key !== null && processing.has(key))
      response = json(409, { error: 'Idempotency-Key in use by a request still being processed' })
    else if (previous)
      response =
        previous.body === body
          ? json(previous.status, previous.answer)
          : json(409, { error: 'Idempotency-Key already used with other parameters' })
    else if (fault === 'slow') {
      if (key !== null) processing.add(key)
      return new Promise<Response>((resolve) => held.push({ key, body, resolve }))
    } else response = process(key, body, fault)
    return response
  }

  return {
    fetch: fetchImpl,
    charges,
    chargedKeys,
    requests,
    faults,
    deliver() {
      // Nobody waits for these answers: the client gave up on them.
      for (const request of onTheWay.splice(0)) void arrive(request.key, request.body, 'ok')
      for (const request of held.splice(0)) {
        if (request.key !== null) processing.delete(request.key)
        request.resolve(process(request.key, request.body, 'ok'))
      }
    },
    holding: () => held.length > 0,
    lookup(key) {
      if (processing.has(key)) return Promise.resolve({ status: 'unknown' })
      return Promise.resolve(
        chargedKeys.has(key) ? { status: 'charged' } : { status: 'not-charged' },
      )
    },
  }
}
