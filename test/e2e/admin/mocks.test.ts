// The admin demo's mock APIs, without a browser: the outage switchboard counts and ends outages as the control
// panel says, and the webhook API's validation errors — Commercial Event Notifications' text-only field names —
// reach the editor's own fields through the kit. (Runs in the `unit` project; admin.e2e.test.ts drives the same
// mocks in Chromium.)
import { classify, RecourseFetchError } from '@recourse/core'
// The hooks' own field wording (`useRecourse(...).fields`), without rendering a component.
import { listFieldErrors } from '../../../packages/react/src/fieldErrors.js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createOutageStore, HEALTHY, type Scenario } from '../../../apps/admin/src/mocks/outages.ts'
import { validate } from '../../../apps/admin/src/mocks/subscriptionsApi.ts'
import { fieldMap, labels } from '../../../apps/admin/src/recourseConfig.ts'

const healthy: Scenario = { transactions: HEALTHY, balances: HEALTHY, webhooks: HEALTHY }

afterEach(() => {
  vi.useRealTimers()
})

describe('given an outage of the next 3 requests', () => {
  it('should fail exactly those, then answer normally and say it recovered', () => {
    const store = createOutageStore()
    store.reset(healthy)
    store.start('transactions', { mode: 'unavailable', length: 'next-3-requests' })
    const answers = Array.from({ length: 5 }, () => store.answer('transactions'))
    expect(answers).toEqual(['unavailable', 'unavailable', 'unavailable', 'none', 'none'])
    const { transactions, balances } = store.getSnapshot().apis
    expect(transactions).toMatchObject({ mode: 'none', requests: 5, failures: 3 })
    expect(balances.requests).toBe(0)
    expect(store.getSnapshot().announcement).toBe('Transactions API recovered.')
  })
})

describe('given a 10-second outage', () => {
  it('should recover on its own after 10 s', () => {
    vi.useFakeTimers()
    const store = createOutageStore()
    store.reset({ ...healthy, balances: { mode: 'network', length: '10-seconds' } })
    expect(store.answer('balances')).toBe('network')
    vi.advanceTimersByTime(9_999)
    expect(store.answer('balances')).toBe('network')
    vi.advanceTimersByTime(1)
    expect(store.answer('balances')).toBe('none')
    store.dispose()
  })
})

describe('given a subscription saved with nothing filled in', () => {
  it("should put each of the API's text-only field errors on the editor's field", () => {
    const errors = validate({ specifications: [{}] })
    // The API's own words: the field is named only in `Details`, `Source` is the application.
    expect(errors.map((error) => error.Details)).toContain(
      "The 'specifications[0]. fieldMappingName' field is missing.",
    )
    expect(new Set(errors.map((error) => error.Source))).toEqual(
      new Set(['Commercial Event Notifications']),
    )
    const failure = new RecourseFetchError({
      source: 'http',
      status: 400,
      headers: { 'correlation-id': 'cen-val-new' },
      body: { Errors: { Error: errors } },
      method: 'POST',
      url: '/mastercard/commercial-event-notifications/subscriptions',
      idempotent: false,
    })
    const recourse = classify(failure)
    expect(recourse.kind).toBe('fix-input')
    expect(listFieldErrors(recourse, { fieldMap, labels })).toEqual([
      { name: 'subjectType', field: 'subjectType', message: 'Enter the subject type' },
      { name: 'eventType', field: 'eventType', message: 'Enter the event type' },
      { name: 'callbackUrl', field: 'callbackUrl', message: 'Enter the callback URL' },
      {
        name: 'consumerKey',
        field: 'consumerKey',
        message: 'The consumer key is too long or too short',
      },
      {
        name: 'fieldMappingName',
        field: 'specifications[0].fieldMappingName',
        message: 'Enter the field mapping name',
      },
      { name: 'active', field: 'active', message: 'Enter the status' },
    ])
  })
})
