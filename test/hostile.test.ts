import { classify, describe as describeRecourse } from '@recourse/core'
// Not public: the ready-made classifier's reader, from the source.
import { readFailure } from '../packages/core/src/classify.ts'
import { describe, expect, it } from 'vitest'

// Bodies come from gateways, WAFs and proxies, not only from the documented APIs. Each input here is answered —
// no throw, no stack overflow, no prototype pollution — with one of the four kinds. (Timings: `pnpm bench`.)

const KINDS = ['fix-input', 'declined', 'retry-later', 'contact-support']

function answers(input: unknown) {
  const recourse = classify(input)
  expect(KINDS).toContain(recourse.kind)
  expect(typeof describeRecourse(recourse).title).toBe('string')
  expect(readFailure(input)).toBeTypeOf('object')
  return recourse
}

const throwing = () => {
  throw new Error('trap')
}

describe('given hostile input', () => {
  it('given a 10 MB text body, keeps a bounded excerpt and answers', () => {
    expect(answers({ status: 500, body: 'x'.repeat(10_000_000) }).reason).toBe('server-error')
  })

  it('given a 10 MB JSON text body, does not parse it and answers', () => {
    const body = JSON.stringify({ errors: { field: 'y'.repeat(10_000_000) } })
    expect(answers({ status: 400, body }).kind).toBe('contact-support')
  })

  it('given a 200,000-field error map, reads a bounded number of fields', () => {
    const errors: Record<string, string> = {}
    for (let index = 0; index < 200_000; index++) errors[`field${index}`] = 'required'
    const recourse = answers({
      status: 400,
      body: { Type: 'param_error', Id: 'x', Message: 'm', errors },
    })
    expect(recourse.fields.length).toBeLessThanOrEqual(50)
  })

  it('given 200,000-deep JSON text and a 100,000-deep object, does not overflow the stack', () => {
    answers({ status: 400, body: '['.repeat(200_000) + ']'.repeat(200_000) })
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let index = 0; index < 100_000; index++) deep = deep['error'] = {}
    answers({ status: 400, body: root })
    let cause = new Error('bottom')
    for (let index = 0; index < 100_000; index++) cause = new Error('up', { cause })
    answers(cause)
  })

  it('given cyclic objects and an error that is its own cause, answers', () => {
    const cyclic: Record<string, unknown> = { status: 503 }
    cyclic['body'] = cyclic
    cyclic['headers'] = cyclic
    answers(cyclic)
    const error = new Error('self') as Error & { cause: unknown }
    error.cause = error
    answers(error)
  })

  it('given getters and Proxy traps that throw, answers', () => {
    const proxy = new Proxy(
      {},
      { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing },
    )
    answers(proxy)
    answers({ status: 400, body: proxy, headers: proxy })
    answers(Object.defineProperty({}, 'status', { get: throwing }))
    answers({ status: 429, headers: { 'Retry-After': { toString: throwing } } })
  })

  it('given frozen objects and symbol keys, answers without mutating', () => {
    const body = Object.freeze({
      error: Object.freeze({ type: 'card_error', code: 'card_declined', [Symbol('x')]: 1 }),
    })
    expect(answers(Object.freeze({ status: 402, body })).kind).toBe('declined')
  })

  it('given __proto__, constructor and prototype keys, pollutes nothing', () => {
    const body = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"errors":{"__proto__":{"polluted":1},"prototype":"x"}}',
    ) as unknown
    answers({ status: 400, body, headers: JSON.parse('{"__proto__":{"polluted":1}}') as unknown })
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('given Headers instances and non-string header values, reads what it can', () => {
    expect(
      answers({ status: 429, headers: new Headers({ 'Retry-After': '2' }) }).retry.afterMs,
    ).toBe(2000)
    answers({
      status: 429,
      headers: { 'Retry-After': 5, 'X-Request-Id': null, 'Request-Id': [1, 2] },
    })
  })

  it.each([
    '-1',
    '1e9999',
    'NaN',
    'Infinity',
    'Thu, 01 Jan 1970 00:00:00 GMT',
    'Mon, 99 Zzz 99999',
    ' ',
    '9'.repeat(400),
  ])('given Retry-After %j, never waits less than nothing or more than a day', (value) => {
    const afterMs = answers({ status: 503, headers: { 'Retry-After': value } }).retry.afterMs
    if (afterMs !== undefined) expect(afterMs).toBeGreaterThanOrEqual(0)
    if (afterMs !== undefined) expect(afterMs).toBeLessThanOrEqual(86_400_000)
  })

  it.each([-1, 0, 99, 600, 1000, 200.5, Number.NaN, Number.POSITIVE_INFINITY, '404', 'abc'])(
    'given status %j, keeps only a status within 100-599',
    (status) => {
      const recourse = answers({ status })
      if (recourse.status !== undefined) {
        expect(recourse.status).toBeGreaterThanOrEqual(100)
        expect(recourse.status).toBeLessThanOrEqual(599)
      }
    },
  )

  it('given an AggregateError of hostile members, answers', () => {
    answers(
      new AggregateError([
        null,
        undefined,
        42,
        new Proxy({}, { get: throwing }),
        new TypeError('Load failed'),
      ]),
    )
  })
})

// What any pattern reads is cut first: these would cost seconds each if it were not (timings: `pnpm bench`).
describe('given huge values handed to classify directly', () => {
  it('given a thrown 1 MB string, keeps a message of at most 2,000 characters', () => {
    const failure = readFailure('4'.repeat(1_000_000))
    expect(failure.message?.length).toBeLessThanOrEqual(2000)
  })

  it('given a 2 MB field name, keeps a field name of at most 2,000 characters', () => {
    const body = { Type: 'param_error', Id: 'x', errors: { ['1 '.repeat(1_000_000)]: 'bad' } }
    const [field] = readFailure({ status: 400, body }).fields
    expect(field?.message).toBe('bad')
    expect(field?.field.length).toBeLessThanOrEqual(2000)
  })

  it('given loc lists of long strings shared by many errors, keeps each field at most 2,000 characters', () => {
    const loc = Array.from({ length: 1000 }, () => `4 ${'1 '.repeat(100_000)}`)
    const detail = Array.from({ length: 1000 }, () => ({ loc, msg: 'field required' }))
    const failure = readFailure({ status: 422, body: { message: 'Invalid', errors: detail } })
    expect(failure.fields.length).toBeGreaterThan(0)
    expect(failure.fields.length).toBeLessThanOrEqual(50)
    for (const field of failure.fields) expect(field.field.length).toBeLessThanOrEqual(2000)
  })
})

describe('given card numbers in field codes', () => {
  it('masks fields[].code as it masks the field and its message', () => {
    const failure = readFailure({
      status: 422,
      body: {
        type: 'about:blank',
        title: 'Invalid',
        errors: [{ pointer: '#/card', detail: 'bad', code: 'rejected_4111111111111111' }],
      },
    })
    expect(JSON.stringify(failure.fields)).not.toContain('4111111111111111')
    expect(failure.fields[0]?.code).toBe('rejected_•••• 1111')
  })
})
