import { describe, expect, it } from 'vitest'
import { parseHttpResponse } from './parseHttpResponse.js'

describe('parseHttpResponse', () => {
  it('reads the status line, headers and a JSON body, as curl -i prints them', () => {
    const result = parseHttpResponse(
      'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nRequest-Id: req_1\r\n\r\n{"error":{"type":"rate_limit_error"}}\r\n',
    )
    expect(result).toEqual({
      ok: true,
      response: {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'Retry-After': '3', 'Request-Id': 'req_1' },
        body: { error: { type: 'rate_limit_error' } },
      },
    })
  })

  it('takes HTTP/2 without a reason phrase, no headers and no body', () => {
    expect(parseHttpResponse('\n  HTTP/2 503\n')).toEqual({
      ok: true,
      response: { status: 503, statusText: '', headers: {}, body: undefined },
    })
  })

  it('keeps a body that is not JSON as text, and joins repeated headers', () => {
    const result = parseHttpResponse(
      'HTTP/1.1 403 Forbidden\nX-RateLimit-Reset: 1\nx-ratelimit-reset: 2\n\n<html><body>IP not allowed</body></html>',
    )
    expect(result).toMatchObject({
      ok: true,
      response: {
        headers: { 'X-RateLimit-Reset': '1, 2' },
        body: '<html><body>IP not allowed</body></html>',
      },
    })
  })

  it('says which line is wrong', () => {
    const errorOf = (raw: string) => {
      const result = parseHttpResponse(raw)
      return result.ok ? undefined : result.error
    }
    expect(errorOf('')).toMatch(/^Paste a response/)
    expect(parseHttpResponse('{"error":{}}')).toEqual({
      ok: false,
      error:
        'Line 1 should be a status line such as "HTTP/1.1 402 Payment Required", not "{"error":{}}".',
    })
    expect(errorOf('HTTP/1.1 200 OK\nnot a header\n\n{}')).toMatch(/^Line 2 should be a header/)
    expect(parseHttpResponse('HTTP/1.1 999 Nope')).toEqual({
      ok: false,
      error: 'Status 999 is not an HTTP status code (100 to 599).',
    })
  })

  it('reads a bare JSON body with the status the user picked, and says it assumed it', () => {
    expect(
      parseHttpResponse('  {"error":{"type":"card_error","code":"incorrect_cvc"}}\n', {
        assumeStatus: 402,
      }),
    ).toEqual({
      ok: true,
      response: {
        status: 402,
        statusText: '',
        headers: {},
        body: { error: { type: 'card_error', code: 'incorrect_cvc' } },
      },
      assumedStatus: true,
    })
    // A bare array too; a status outside HTTP's range is refused.
    expect(parseHttpResponse('[{"field":"amount"}]', { assumeStatus: 400 })).toMatchObject({
      ok: true,
      response: { status: 400, body: [{ field: 'amount' }] },
    })
    expect(parseHttpResponse('{}', { assumeStatus: 42 })).toEqual({
      ok: false,
      error: 'Status 42 is not an HTTP status code (100 to 599).',
    })
    // Plain text without a status line is still a mistake, whatever the assumed status.
    expect(parseHttpResponse('Bad Gateway', { assumeStatus: 502 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Line 1 should be a status line/) as unknown,
    })
  })

  it('says when a body that looks like JSON is not, and keeps it as text', () => {
    const broken = '{"error": {"code": "amount_too_small",}}'
    const result = parseHttpResponse(`HTTP/1.1 400 Bad Request\n\n${broken}`)
    expect(result).toMatchObject({ ok: true, response: { body: broken } })
    expect(result.ok && result.bodyNote).toMatch(
      /^The body is not valid JSON \(.+\), so it was classified as plain text/,
    )
    const bare = parseHttpResponse(broken, { assumeStatus: 400 })
    expect(bare).toMatchObject({ ok: true, assumedStatus: true, response: { body: broken } })
    expect(bare.ok && bare.bodyNote).toMatch(/^The body is not valid JSON/)
    // HTML is text by nature: no note.
    const html = parseHttpResponse('HTTP/1.1 502 Bad Gateway\n\n<html></html>')
    expect(html.ok && html.bodyNote).toBeUndefined()
  })
})
