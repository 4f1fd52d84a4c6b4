// A Mangopay-shaped transactions API: `GET /v2.01/{ClientId}/transactions` answers a plain array with pagination
// headers; errors are `{ Message, Type, Id, Date }` with `Id` as the support reference, and rate limits come as
// `X-RateLimit-*` windows (no Retry-After).
import { delay, http, HttpResponse } from 'msw'
import { TRANSACTIONS_URL, type MangopayTransaction } from '../api.js'
import type { OutageStore } from './outages.js'

const DAY = 86_400
const FIRST = 1_767_600_000 // 2026-01-05

function transaction(
  index: number,
  type: MangopayTransaction['Type'],
  amount: number,
  status: MangopayTransaction['Status'] = 'SUCCEEDED',
): MangopayTransaction {
  const failed = status === 'FAILED'
  return {
    Id: `${181_000_000 + index * 7}`,
    Tag: `order-${1040 + index}`,
    CreationDate: FIRST + index * (DAY / 3),
    AuthorId: `${9_500_000 + index}`,
    DebitedFunds: { Currency: 'EUR', Amount: amount },
    Fees: { Currency: 'EUR', Amount: Math.round(amount * 0.014) },
    Status: status,
    ResultCode: failed ? '101101' : '000000',
    ResultMessage: failed ? 'Transaction refused by the bank (Do not honor)' : 'Success',
    Type: type,
    Nature: 'REGULAR',
  }
}

/** The demo's transactions, newest first. */
export function seedTransactions(): MangopayTransaction[] {
  return [
    transaction(8, 'PAYIN', 12_900),
    transaction(7, 'PAYIN', 4_250, 'FAILED'),
    transaction(6, 'PAYOUT', 250_000),
    transaction(5, 'PAYIN', 8_999),
    transaction(4, 'TRANSFER', 15_000),
    transaction(3, 'PAYIN', 31_500, 'CREATED'),
  ]
}

const ERRORS = {
  unavailable: { status: 503, Type: 'internal_error', Message: 'Service temporarily unavailable.' },
  'rate-limited': { status: 429, Type: 'rate_limit', Message: 'Too many requests.' },
  'server-error': { status: 500, Type: 'internal_error', Message: 'An internal error occurred.' },
  forbidden: {
    status: 403,
    Type: 'forbidden_ressource',
    Message: 'The resource is not accessible with these credentials.',
  },
} as const

/** A Mangopay error id: a UUID, unique per request of the story. */
function errorId(request: number): string {
  return `7f3c9a2e-41d5-4b8e-9c60-${String(request).padStart(12, '0')}`
}

export function transactionsHandlers(outages: OutageStore, transactions: MangopayTransaction[]) {
  return [
    http.get(TRANSACTIONS_URL, async () => {
      const mode = outages.answer('transactions')
      const request = outages.getSnapshot().apis.transactions.requests
      await delay(150)
      if (mode === 'network') return HttpResponse.error()
      if (mode === 'none' || mode === 'malformed') {
        return HttpResponse.json(transactions, {
          headers: {
            'X-Number-Of-Pages': '1',
            'X-Number-Of-Items': String(transactions.length),
          },
        })
      }
      const error = ERRORS[mode]
      const headers: Record<string, string> = {}
      if (mode === 'unavailable') headers['Retry-After'] = '2'
      if (mode === 'rate-limited') {
        // Mangopay's windows: 15 min, 30 min, 60 min, 24 h; the first is exhausted and resets in 3 s.
        const nowSeconds = Math.ceil(Date.now() / 1000)
        headers['X-RateLimit'] = '2300,2300,2300,100000'
        headers['X-RateLimit-Remaining'] = '0,1700,2100,99000'
        headers['X-RateLimit-Reset'] = [3, 900, 1800, 86_400].map((s) => nowSeconds + s).join(',')
      }
      return HttpResponse.json(
        {
          Message: error.Message,
          Type: error.Type,
          Id: errorId(request),
          Date: Math.floor(Date.now() / 1000),
          errors: null,
        },
        { status: error.status, headers },
      )
    }),
  ]
}
