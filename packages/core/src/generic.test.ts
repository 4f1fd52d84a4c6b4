import { describe, expect, it } from 'vitest'
import { classify } from './classify.js'

describe('the generic dialect', () => {
  it.each([
    ['request_id', { error: { message: 'Bad', request_id: 'req-1' } }, 'req-1'],
    ['requestId', { message: 'Bad', requestId: 'req-2' }, 'req-2'],
    // (With `name` beside it, the body is PayPal's: see paypal.ts.)
    ['debug_id', { message: 'Bad', debug_id: 'dbg-3' }, 'dbg-3'],
    ['trace_id', { message: 'Bad', trace_id: 'tr-4' }, 'tr-4'],
    ['correlation_id', { message: 'Bad', correlation_id: 'co-5' }, 'co-5'],
    ['pspReference', { errorCode: '000', message: 'Bad', pspReference: 'psp-6' }, 'psp-6'],
  ])('given an unknown provider with %s in the body, quotes it', (_, body, reference) => {
    expect(classify({ status: 500, body }, { method: 'GET' })).toMatchObject({
      dialect: 'generic',
      reference,
    })
  })

  it('given no id in the body, quotes an x-request-id-style header', () => {
    expect(
      classify({ status: 500, headers: { 'X-Request-Id': 'hdr-7' }, body: { message: 'Bad' } })
        .reference,
    ).toBe('hdr-7')
  })

  it('given an id in the body and in a header, quotes the body one', () => {
    expect(
      classify({
        status: 500,
        headers: { 'X-Request-Id': 'hdr' },
        body: { message: 'Bad', request_id: 'body' },
      }).reference,
    ).toBe('body')
  })
})
