import { describe, expect, it } from 'vitest'
import { RecourseFetchError } from './fetchJson.js'
import { createRetryBudget, createRetryPolicy } from './retryPolicy.js'

const get = (status: number, headers: Record<string, string> = {}) =>
  new RecourseFetchError({
    source: 'http',
    status,
    headers,
    method: 'GET',
    url: '/x',
    idempotent: false,
  })
const post = (status: number, idempotent: boolean) =>
  new RecourseFetchError({ source: 'http', status, method: 'POST', url: '/pay', idempotent })

describe('createRetryPolicy', () => {
  it('given a 403, does not retry (TanStack Query would, three times)', () => {
    expect(createRetryPolicy().retry(0, get(403))).toBe(false)
  })

  it('given a 503 on a GET, retries up to maxRetries', () => {
    const policy = createRetryPolicy({ maxRetries: 2, budget: false })
    expect([0, 1, 2].map((count) => policy.retry(count, get(503)))).toEqual([true, true, false])
  })

  it('given a 429 with Retry-After: 3, waits at least 3 s and at most 5 % more', () => {
    const error = get(429, { 'retry-after': '3' })
    expect(createRetryPolicy({ random: () => 0 }).retryDelay(0, error)).toBe(3000)
    expect(createRetryPolicy({ random: () => 0.999 }).retryDelay(0, error)).toBeLessThanOrEqual(
      3150,
    )
  })

  it('given a Retry-After beyond the cap, does not wait automatically', () => {
    expect(
      createRetryPolicy({ maxRetryAfterMs: 60_000 }).retry(0, get(429, { 'retry-after': '120' })),
    ).toBe(false)
  })

  it('given no hint, backs off with full jitter under a doubling ceiling', () => {
    const policy = createRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 })
    expect([0, 1, 2, 3, 4].map((count) => policy.retryDelay(count, get(503)))).toEqual([
      100, 200, 400, 799, 999,
    ])
    expect(createRetryPolicy({ random: () => 0 }).retryDelay(3, get(503))).toBe(0)
  })

  it('given a 503 on a POST without idempotency key, never resends it automatically', () => {
    expect(createRetryPolicy().retry(0, post(503, false))).toBe(false)
  })

  it('given a 503 on a POST with an idempotency key, retries it', () => {
    expect(createRetryPolicy().retry(0, post(503, true))).toBe(true)
  })

  it('given a mutation context, treats a bare network error as an unsafe POST', () => {
    const policy = createRetryPolicy({ context: { method: 'POST' } })
    expect(policy.retry(0, new TypeError('Failed to fetch'))).toBe(false)
  })

  it('given fix-input and declined failures, does not retry', () => {
    const policy = createRetryPolicy()
    expect(policy.retry(0, get(400))).toBe(false)
    expect(policy.retry(0, get(402))).toBe(false)
  })
})

describe('createRetryBudget', () => {
  it('given an outage, stops retrying once the shared budget is spent, and refills on success', () => {
    const budget = createRetryBudget({ capacity: 10, now: () => 0 })
    const policy = createRetryPolicy({ budget, retryCost: 5 })
    expect(policy.retry(0, get(503))).toBe(true)
    expect(policy.retry(0, get(503))).toBe(true)
    expect(policy.retry(0, get(503))).toBe(false)
    policy.onSuccess(true)
    expect(budget.tokens).toBe(5)
    expect(policy.retry(0, get(503))).toBe(true)
  })

  it('given timeouts, charges them double', () => {
    const budget = createRetryBudget({ capacity: 10, now: () => 0 })
    const timeout = new RecourseFetchError({
      source: 'timeout',
      method: 'GET',
      url: '/x',
      idempotent: false,
    })
    createRetryPolicy({ budget, retryCost: 5 }).retry(0, timeout)
    expect(budget.tokens).toBe(0)
  })

  it('given time without retries, refills at refillPerSecond', () => {
    let time = 0
    const budget = createRetryBudget({ capacity: 10, refillPerSecond: 1, now: () => time })
    expect(budget.take(10)).toBe(true)
    expect(budget.take(5)).toBe(false)
    time = 5_000
    expect(budget.take(5)).toBe(true)
    time = 60_000
    expect(budget.tokens).toBe(10)
  })

  it('never refills above capacity', () => {
    const budget = createRetryBudget({ capacity: 3 })
    budget.refund(100)
    expect(budget.tokens).toBe(3)
  })
  it('given budget settings instead of a budget, makes one, and a second policy shares it through policy.budget', () => {
    const queries = createRetryPolicy({ budget: { capacity: 10, now: () => 0 }, retryCost: 5 })
    const mutations = createRetryPolicy({ budget: queries.budget ?? false, retryCost: 5 })
    expect(queries.budget?.tokens).toBe(10)
    expect(queries.retry(0, get(503))).toBe(true)
    expect(mutations.retry(0, get(503))).toBe(true)
    // Spent by both: the third retry, whichever asks, finds the shared budget empty.
    expect(queries.retry(0, get(503))).toBe(false)
    expect(mutations.budget).toBe(queries.budget)
  })

  it('given budget: false, draws on none', () => {
    const policy = createRetryPolicy({ budget: false })
    expect(policy.budget).toBeUndefined()
    for (let attempt = 0; attempt < 3; attempt++) expect(policy.retry(attempt, get(503))).toBe(true)
  })
})
