// Failures for the stories, as the kit's fetch helper throws them. Provider bodies come from the one fixture set
// (test/fixtures/providers, each case with its source or written from our notes): a story shows what `useRecourse`
// makes of a body the unit tests classify too. Nothing here is pre-classified.
import { RecourseFetchError } from '@recourse/core'
import { fixtureCase } from '../test/fixtures/index.ts'

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

/**
 * The fixture case of `provider` named `name`, thrown as `fetchJson` would throw it: with the case's method and key
 * (POST with a key when the case does not say), or as the story overrides them.
 */
export function fromFixture(
  provider: string,
  name: string,
  override: Pick<Answer, 'method' | 'idempotent' | 'headers'> = {},
) {
  const { request = {}, response } = fixtureCase(provider, name)
  if (!response) throw new Error(`The ${provider} case "${name}" has no response`)
  return failure({
    status: response.status,
    headers: { ...response.headers, ...override.headers },
    body: response.body,
    method: override.method ?? request.method ?? 'POST',
    idempotent: override.idempotent ?? request.idempotent ?? true,
  })
}

export const stripeInsufficientFunds = () =>
  fromFixture(
    'stripe',
    '402 card_error insufficient_funds: safe message shown, Request-Id as reference',
  )

export const stripeFraudulent = () =>
  fromFixture('stripe', '402 card_error decline_code fraudulent: a generic decline with no message')

export const stripeIncorrectCvc = () =>
  fromFixture('stripe', '402 card_error incorrect_cvc with param cvc: fix the field')

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
  fromFixture('stripe', '429 rate_limit_error with Retry-After, lower-case request-id', {
    headers: { 'retry-after': String(seconds) },
  })

export const tabapayFailedInsufficientFunds = () =>
  fromFixture('tabapay', '200 FAILED with networkRC 51: insufficient funds')

export const tabapayUnknownOutcome = () =>
  fromFixture(
    'tabapay',
    '207 UNKNOWN with a transactionID, to a POST without an idempotency key: outcome unknown, the transaction id quoted',
  )

export const tabapayRoutingNumber = () =>
  fromFixture('tabapay', '400 EM is a field path, body given as JSON text')

export const mangopayFieldErrors = () =>
  fromFixture(
    'mangopay',
    '400 param_error with two fields in `errors`: both, in the order sent, and the Id',
  )

export const mastercardGatewayDeclined = () =>
  fromFixture(
    'mastercard',
    'DECLINED from the gateway with an X-Request-Id header: access not granted, the header quoted as the reference',
  )

export const mastercardUnavailable = () =>
  fromFixture(
    'mastercard',
    '503 SYSTEM_ERROR Service unavailable, Recoverable "true", to a GET: retry later, RequestId quoted',
  )

// Not provider bodies: a transport failure, and markup planted to prove it is shown as text, never run.
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
