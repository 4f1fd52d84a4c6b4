import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classify, defaultClassifier } from './classify.js'
import {
  DEFAULT_TIMEOUT_MS,
  fetchJson,
  isRecourseFetchError,
  RecourseFetchError,
  throwIfDeclined,
} from './fetchJson.js'

// A real HTTP server on loopback: the body streams, headers and timeouts behave as they do in production.
type Handler = (request: IncomingMessage, response: ServerResponse) => void
const routes = new Map<string, Handler>()
const seen: { method: string; url: string; idempotencyKey: string | undefined }[] = []
let server: Server
let base = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
    })
    routes.get(request.url ?? '')?.(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  // The timeout and abort tests leave requests unanswered on purpose.
  server.closeAllConnections()
  return new Promise<void>((resolve) => server.close(() => resolve()))
})

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers })
    response.end(JSON.stringify(body))
  }

async function failureOf(promise: Promise<unknown>): Promise<RecourseFetchError> {
  try {
    await promise
  } catch (error) {
    if (isRecourseFetchError(error)) return error
    throw new Error(`expected a RecourseFetchError, got ${String(error)}`)
  }
  throw new Error('expected the request to fail')
}

describe('fetchJson', () => {
  it('given a 2xx JSON body, returns it parsed', async () => {
    routes.set('/ok', json(200, { id: 'pay_1' }))
    await expect(fetchJson(`${base}/ok`)).resolves.toEqual({ id: 'pay_1' })
  })

  it('given an error status, throws an error classify reads, with method and idempotency key', async () => {
    routes.set(
      '/rate',
      json(429, { Message: 'Too many', Type: 'rate_limit', Id: 'mp-1' }, { 'retry-after': '3' }),
    )
    const error = await failureOf(
      fetchJson(`${base}/rate`, { method: 'POST', idempotencyKey: 'key-1' }),
    )
    expect(error).toMatchObject({ status: 429, method: 'POST', idempotent: true, source: 'http' })
    expect(seen.at(-1)?.idempotencyKey).toBe('key-1')
    expect(classify(error)).toMatchObject({
      kind: 'retry-later',
      reason: 'rate-limited',
      reference: 'mp-1',
      retry: { afterMs: 3000 },
    })
  })

  it('given a huge error body, reads no more than the cap', async () => {
    routes.set('/huge', (_, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' })
      response.end('x'.repeat(1_000_000))
    })
    const error = await failureOf(fetchJson(`${base}/huge`, { maxErrorBodyBytes: 1024 }))
    expect(String(error.body).length).toBe(1024)
  })

  it('given a server that never answers, throws a timeout that makes an unkeyed POST an unknown outcome', async () => {
    routes.set('/slow', () => undefined)
    const error = await failureOf(fetchJson(`${base}/slow`, { method: 'POST', timeoutMs: 100 }))
    expect(error.source).toBe('timeout')
    expect(classify(error)).toMatchObject({
      kind: 'contact-support',
      reason: 'outcome-unknown',
      retry: { allowed: false },
    })
  })

  it('given a refused connection, throws a network failure', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const error = await failureOf(fetchJson(`http://127.0.0.1:${port}/`))
    expect(error.source).toBe('network')
    expect(classify(error)).toMatchObject({
      kind: 'retry-later',
      reason: 'network-error',
      retry: { allowed: true },
    })
  })

  it('given a POST whose 200 body reports a decline, throws it as a failure', async () => {
    routes.set(
      '/pay-declined',
      json(200, { SC: 200, status: 'FAILED', networkRC: '51', transactionID: 't-1' }),
    )
    const error = await failureOf(
      fetchJson(`${base}/pay-declined`, { method: 'POST', classifier: defaultClassifier }),
    )
    expect(classify(error)).toMatchObject({
      kind: 'declined',
      reason: 'insufficient-funds',
      reference: 't-1',
    })
  })

  it('given a GET whose 200 body lists a failed transaction, returns the data', async () => {
    routes.set('/transaction', json(200, { SC: 200, status: 'FAILED', networkRC: '05' }))
    await expect(fetchJson(`${base}/transaction`)).resolves.toMatchObject({ status: 'FAILED' })
  })

  it('given a caller abort, throws an abort failure', async () => {
    routes.set('/abort', () => undefined)
    const controller = new AbortController()
    const pending = fetchJson(`${base}/abort`, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    const error = await failureOf(pending)
    expect(error.source).toBe('abort')
    expect(classify(error)).toMatchObject({ silent: true })
  })

  it('given an Idempotency-Key set by the caller in headers, counts the request as idempotent', async () => {
    routes.set('/busy', json(503, {}))
    const error = await failureOf(
      fetchJson(`${base}/busy`, { method: 'POST', headers: { 'Idempotency-Key': 'k' } }),
    )
    expect(error.idempotent).toBe(true)
  })
})

describe('throwIfDeclined', () => {
  it('given a 2xx body that reports a declined payment, throws what classify reads as declined', () => {
    let thrown: unknown
    try {
      throwIfDeclined(
        {
          Status: 'FAILED',
          ResultCode: '001001',
          ResultMessage: 'Unsufficient wallet balance',
        },
        { classifier: defaultClassifier },
      )
    } catch (error) {
      thrown = error
    }
    expect(isRecourseFetchError(thrown)).toBe(true)
    expect(classify(thrown)).toMatchObject({ kind: 'declined', reason: 'insufficient-funds' })
  })

  it('given an unknown outcome on a POST, throws what classify reads as outcome-unknown', () => {
    expect(() =>
      throwIfDeclined(
        { SC: 200, status: 'UNKNOWN' },
        { classifier: defaultClassifier, method: 'POST' },
      ),
    ).toThrow(RecourseFetchError)
  })

  it('given no classifier, fetchJson does not read a 2xx body for an outcome: no dialect is bundled by default', async () => {
    routes.set('/pay-declined-unchecked', json(200, { SC: 200, status: 'UNKNOWN' }))
    await expect(fetchJson(`${base}/pay-declined-unchecked`, { method: 'POST' })).resolves.toEqual({
      SC: 200,
      status: 'UNKNOWN',
    })
  })

  it.each([{ SC: 200, status: 'COMPLETED' }, { id: 'pay_1', status: 'succeeded' }, null, 'ok'])(
    'given a body that reports no failure (%j), returns',
    (body) => {
      expect(() => throwIfDeclined(body, { classifier: defaultClassifier })).not.toThrow()
    },
  )
})

describe('fetchJson, given a body that never ends', () => {
  const endless: Handler = (_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.write('{"id": "pay_1", "padding": "')
    // Never ended: a proxy or a server that hangs mid-body.
  }

  it('gives up when the timeout runs out while the body arrives, as a timeout after sending', async () => {
    routes.set('/endless', endless)
    const error = await failureOf(fetchJson(`${base}/endless`, { method: 'POST', timeoutMs: 200 }))
    expect(error.source).toBe('timeout')
    expect(error.sent).toBe(true)
    expect(classify(error)).toMatchObject({ reason: 'outcome-unknown', retry: { allowed: false } })
  })

  it('has a timeout by default, so no request can wait for ever', async () => {
    let signal: AbortSignal | null | undefined
    const spy: typeof fetch = (input, init) => {
      signal = init?.signal
      return fetch(input, init)
    }
    routes.set('/ok-default', json(200, { id: 'pay_1' }))
    await fetchJson(`${base}/ok-default`, { fetch: spy })
    expect(signal).toBeInstanceOf(AbortSignal)
    expect(DEFAULT_TIMEOUT_MS).toBeGreaterThan(0)
    expect(Number.isFinite(DEFAULT_TIMEOUT_MS)).toBe(true)
  })

  it('given timeoutMs: Infinity and no signal, sends none', async () => {
    let signal: AbortSignal | null | undefined = null
    const spy: typeof fetch = (input, init) => {
      signal = init?.signal
      return fetch(input, init)
    }
    routes.set('/ok-forever', json(200, { id: 'pay_1' }))
    await fetchJson(`${base}/ok-forever`, { fetch: spy, timeoutMs: Infinity })
    expect(signal).toBeUndefined()
  })
})

describe('fetchJson, given card data in what it reports', () => {
  it('masks the URL in the error message', async () => {
    routes.set('/pay?email=ada@example.org&pan=4111111111111111', json(402, { status: 'declined' }))
    const error = await failureOf(
      fetchJson(`${base}/pay?email=ada@example.org&pan=4111111111111111`),
    )
    expect(error.message).not.toContain('ada@example.org')
    expect(error.message).not.toContain('4111111111111111')
  })

  it('given a 2 MB success body with a digit-run key, returns it whole (the cost of its decline check: pnpm bench)', async () => {
    const body = { id: 'pay_1', metadata: { ['4 '.repeat(1_000_000)]: 'x' }, status: 'succeeded' }
    routes.set('/big', json(200, body))
    const paid = await fetchJson<typeof body>(`${base}/big`, { method: 'POST' })
    expect(paid.id).toBe('pay_1')
  })
})
