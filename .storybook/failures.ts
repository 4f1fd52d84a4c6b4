// Failures in the real shapes of the providers' APIs (see providers.md), as the kit's fetch helper throws them.
// Stories render what `useRecourse` makes of them: nothing here is pre-classified.
import { RecourseFetchError } from '@recourse/core'

interface Answer {
  status?: number
  headers?: Record<string, string>
  body?: unknown
  method?: string
  idempotent?: boolean
  source?: 'http' | 'network' | 'timeout'
}

export function failure({
  status,
  headers = {},
  body,
  method = 'POST',
  idempotent = true,
  source = 'http',
}: Answer) {
  return new RecourseFetchError({
    source,
    headers,
    body,
    method,
    url: '/api/payments',
    idempotent,
    ...(status === undefined ? {} : { status }),
  })
}

export const stripeInsufficientFunds = () =>
  failure({
    status: 402,
    headers: { 'Request-Id': 'req_8Xq2LmT0aB' },
    body: {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
      },
    },
  })

export const stripeFraudulent = () =>
  failure({
    status: 402,
    body: {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'fraudulent',
        message: 'Your card was declined.',
      },
    },
  })

export const stripeIncorrectCvc = () =>
  failure({
    status: 402,
    body: {
      error: {
        type: 'card_error',
        code: 'incorrect_cvc',
        param: 'cvc',
        message: "Your card's security code is incorrect.",
      },
    },
  })

/** A provider message with markup in it: it must show as text, never run. */
export const stripeMarkupMessage = () =>
  failure({
    status: 402,
    body: {
      error: {
        type: 'card_error',
        code: 'card_declined',
        message:
          'Declined <img src=x onerror="window.__xss=1"><script>window.__xss=1</script> by issuer',
      },
    },
  })

export const stripeRateLimited = (seconds = 2) =>
  failure({
    status: 429,
    headers: { 'Retry-After': String(seconds), 'Request-Id': 'req_rl_01' },
    body: {
      error: { type: 'rate_limit_error', message: 'Too many requests hit the API too quickly.' },
    },
  })

export const tabapayFailedInsufficientFunds = () =>
  failure({
    status: 200,
    body: { SC: 200, EC: '0', transactionID: 'TX2Ko9qR4m', status: 'FAILED', networkRC: '51' },
  })

export const tabapayUnknownOutcome = () =>
  failure({
    status: 207,
    idempotent: false,
    body: { SC: 207, EC: 'InternalErrorCode', status: 'UNKNOWN', transactionID: 'TX7Vb3Nc1p' },
  })

export const tabapayRoutingNumber = () =>
  failure({
    status: 400,
    body: { SC: 400, EC: '3C5E1221', EM: 'accounts.destinationAccount.bank.routingNumber' },
  })

export const mangopayFieldErrors = () =>
  failure({
    status: 400,
    body: {
      Message: 'One or several required parameters are missing or incorrect.',
      Type: 'param_error',
      Id: '17c965a1-6cde-4730-910a-b6b02d79b765',
      Date: 1440424344,
      errors: {
        Currency: 'The code XPX cannot be found in the standard ISO 4217',
        DebitedFunds: 'required',
      },
    },
  })

export const mastercardGatewayDeclined = () =>
  failure({
    status: 401,
    headers: { 'X-Request-Id': 'mc-gw-5521' },
    body: {
      Errors: {
        Error: [
          {
            Source: 'Gateway',
            ReasonCode: 'DECLINED',
            Description: 'Unauthorized - Access Not Granted',
            Recoverable: false,
            Details: null,
          },
        ],
      },
    },
  })

export const mastercardUnavailable = () =>
  failure({
    status: 503,
    method: 'GET',
    body: {
      Errors: {
        Error: {
          RequestId: '13559438',
          Source: 'System',
          ReasonCode: 'SYSTEM_ERROR',
          Description: 'Service unavailable',
          Recoverable: 'true',
        },
      },
    },
  })

export const networkDropOnGet = () =>
  failure({ source: 'network', method: 'GET', idempotent: false })

/** Markup in a safe message and in the request id: shown as text in every component, never run. */
export const markupEverywhere = () =>
  failure({
    status: 402,
    method: 'GET',
    headers: { 'Request-Id': '<img src=x onerror="window.__xss=2">' },
    body: {
      error: {
        type: 'card_error',
        code: 'card_declined',
        message: '<b>Declined</b><script>window.__xss=2</script>',
      },
    },
  })
