// A Stripe-shaped balance API: `GET /v1/balance` answers `{ object: 'balance', available, pending }` with amounts in
// minor units; errors are `{ error: { type, code, message } }` with the `Request-Id` header as the reference.
import { delay, http, HttpResponse } from 'msw'
import { BALANCE_URL, type StripeBalance } from '../api.js'
import type { OutageStore } from './outages.js'

export function seedBalance(): StripeBalance {
  return {
    object: 'balance',
    livemode: false,
    available: [
      { amount: 1_284_550, currency: 'eur', source_types: { card: 1_284_550 } },
      { amount: 96_210, currency: 'gbp', source_types: { card: 96_210 } },
    ],
    pending: [
      { amount: 42_300, currency: 'eur', source_types: { card: 42_300 } },
      { amount: 0, currency: 'gbp', source_types: { card: 0 } },
    ],
  }
}

/** What a broken upstream sends: a 200 whose amounts are no longer numbers. The widget cannot render it. */
const MALFORMED = {
  object: 'balance',
  livemode: false,
  available: [{ amount: '1.284.550,00', currency: null }],
  pending: null,
}

const ERRORS = {
  unavailable: {
    status: 503,
    error: { type: 'api_error', message: 'Stripe is temporarily unavailable.' },
  },
  'rate-limited': {
    status: 429,
    error: {
      type: 'rate_limit_error',
      code: 'rate_limit',
      message: 'Too many requests hit the API too quickly.',
    },
  },
  'server-error': {
    status: 500,
    error: { type: 'api_error', message: 'An unknown error occurred.' },
  },
  forbidden: {
    status: 403,
    error: {
      type: 'invalid_request_error',
      code: 'secret_key_required',
      message: 'The provided key does not have access to balances.',
    },
  },
} as const

export function balanceHandlers(outages: OutageStore, balance: StripeBalance) {
  return [
    http.get(BALANCE_URL, async () => {
      const mode = outages.answer('balances')
      const request = outages.getSnapshot().apis.balances.requests
      await delay(150)
      if (mode === 'network') return HttpResponse.error()
      if (mode === 'none') return HttpResponse.json(balance)
      if (mode === 'malformed') return HttpResponse.json(MALFORMED)
      const { status, error } = ERRORS[mode]
      const headers: Record<string, string> = {
        'Request-Id': `req_demoBal${String(request).padStart(4, '0')}`,
      }
      if (mode === 'unavailable') headers['Retry-After'] = '2'
      if (mode === 'rate-limited') headers['Retry-After'] = '3'
      return HttpResponse.json({ error }, { status, headers })
    }),
  ]
}
