import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** Base URL of the mocked API in the hooks' suites. */
export const API = 'https://api.test'

/**
 * An MSW server for one test file, listening for the whole file, refusing requests without a handler, and
 * recording every request (a clone, body readable) in `requests`; handlers and records reset after each test.
 */
export function setupMockApi() {
  const server = setupServer()
  const requests: Request[] = []
  server.events.on('request:start', ({ request }) => requests.push(request.clone()))
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    requests.length = 0
  })
  afterAll(() => server.close())
  return { server, requests }
}
