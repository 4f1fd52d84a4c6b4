// The retry-amplification goals of `pnpm bench`, asserted on the simulation (fake clock, seeded randomness: the
// figures are deterministic, not timings) for the default parameters and three others, on @recourse/core's source.
import { createRetryPolicy } from '@recourse/core'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PARAMETERS,
  parseParameters,
  queryGoals,
  simulate,
  type SimulationParameters,
} from './retrySimulation.mjs'

const core = { createRetryPolicy }

const parameterSets: Array<[string, SimulationParameters]> = [
  ['the defaults (100 clients, 60 s outage, 30 s of 503, Retry-After 10 s)', DEFAULT_PARAMETERS],
  [
    '200 clients, 90 s outage, Retry-After 20 s',
    parseParameters('clients=200,outage=90,retryAfter=20,seed=2'),
  ],
  [
    '50 clients, 30 s outage, 10 s of 503, Retry-After 5 s',
    parseParameters('clients=50,outage=30,phase503=10,retryAfter=5,seed=3'),
  ],
  [
    'a 120 s outage of 429 only, Retry-After 30 s, 250 ms latency, 30 s timeouts',
    parseParameters('outage=120,phase503=0,retryAfter=30,latency=250,timeout=30,seed=4'),
  ],
]

describe.each(parameterSets)('given %s', (_name, parameters) => {
  const result = simulate(core, parameters)
  const recourse = result.queries.filter((row) => row.policy.startsWith('Recourse'))

  it('should give the same figures on a second run', () => {
    expect(simulate(core, parameters)).toEqual(result)
  })

  it('should account for every client: recovered or stranded', () => {
    for (const row of result.queries) expect(row.recovered + row.stranded).toBe(row.clients)
  })

  it("should never send a request before Recourse's Retry-After hint", () => {
    expect(recourse.length).toBe(2)
    for (const row of recourse) {
      expect(row.requestsBeforeHint).toBe(0)
      expect(queryGoals(row, result.parameters).noRequestBeforeHint).toBe(true)
    }
  })

  it('should send the request that succeeds after recovery within 10% of the hint', () => {
    for (const row of recourse) {
      expect(row.hintedRecoveries).toBeGreaterThan(0)
      expect(row.maxHintLatenessMs).toBeGreaterThanOrEqual(0)
      expect(queryGoals(row, result.parameters).successWithinHint).toBe(true)
    }
  })

  it('should re-send no payment without an idempotency key, whether it timed out or got a 503', () => {
    const payments = result.payments.find((row) => row.policy.startsWith('Recourse'))
    expect(payments?.attempts).toBe(result.parameters.clients)
    expect(payments?.resends).toBe(0)
  })

  it("should catch TanStack Query's defaults sending before the hint, and retry: 3 re-sending payments", () => {
    const tanstack = result.queries.find((row) => row.policy === 'TanStack Query defaults')
    expect(tanstack?.requestsBeforeHint).toBeGreaterThan(0)
    const resent = result.payments.find((row) => row.policy.includes('retry: 3'))
    expect(resent?.resends).toBeGreaterThan(0)
  })
})

describe('given simulation parameters as text', () => {
  it('should read them over the defaults', () => {
    expect(parseParameters('clients=200, outage=90 retryAfter=20')).toMatchObject({
      ...DEFAULT_PARAMETERS,
      clients: 200,
      outage: 90,
      retryAfter: 20,
      spread: 90,
    })
    expect(parseParameters(undefined)).toEqual({ ...DEFAULT_PARAMETERS, spread: 60 })
  })

  it('should refuse an unknown name or a value that is not a non-negative number', () => {
    expect(() => parseParameters('client=200')).toThrow('Unknown simulation parameter "client"')
    expect(() => parseParameters('outage=-1')).toThrow('needs a number >= 0')
    expect(() => parseParameters('outage=')).toThrow('needs a number >= 0')
  })
})
