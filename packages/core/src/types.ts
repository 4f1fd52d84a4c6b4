/** What the customer can do next. */
export type RecourseKind = 'fix-input' | 'declined' | 'retry-later' | 'contact-support'

/** The provider families Recourse reads. */
export type DialectName =
  | 'mastercard'
  | 'tabapay'
  | 'mangopay'
  | 'cloud-payments'
  | 'stripe'
  | 'problem-details'
  | 'generic'
  | 'adyen'
  | 'checkout-com'
  | 'paypal'
  | 'square'
  | 'gocardless'
  | 'razorpay'
  | 'braintree'

/** One field the API rejected. `field` is the API's own path, e.g. `accounts.destinationAccount.bank.routingNumber`. */
export interface FieldError {
  field: string
  code?: string
  /** The API's text about the field, with card numbers masked. For developers: `describe` words it for customers. */
  message: string
  /** Limits the provider's answer states for the field, e.g. Stripe `amount_too_small`'s minimum (`{ min: '£0.50' }`). */
  limits?: FieldLimits
}

/**
 * Whether an attempt may have been carried out (a payment taken): `no` — the provider refused it, or it never left
 * the device; `maybe` — no answer, an answer that does not say, or a key the provider has already seen; `yes` — the
 * provider says it was carried out (in part, or by an earlier attempt with the same key). Ordered: `no` < `maybe` <
 * `yes`; nothing ever lowers it but a definitive answer about the payment itself.
 */
export type Processed = 'no' | 'maybe' | 'yes'

/**
 * How another attempt goes out. `same-key`: it is the same request again, with the same idempotency key (the answer
 * was temporary, or the attempt may have been carried out, so only the provider's deduplication keeps it single).
 * `new-key`: the answer is settled (a decline, details to fix, a payment the provider reports as failed): sending it
 * again with its key would replay that answer, so another attempt is a new request with a new key. `processed` is
 * then always `no`.
 */
export type RepeatWith = 'same-key' | 'new-key'

/** How a request failed before, or without, an HTTP answer. */
export type FailureSource = 'http' | 'network' | 'timeout' | 'abort' | 'unknown'

/** The reasons the built-in rules give; apps add their own with rules. */
export type KnownReason =
  // fix-input
  | 'invalid-input'
  | 'invalid-characters'
  | 'too-large'
  | 'unsupported-file-type'
  | 'incorrect-cvc'
  | 'expired-card'
  | 'incorrect-expiry'
  | 'incorrect-number'
  | 'incorrect-postcode'
  | 'card-details-expired'
  // declined
  | 'declined'
  | 'insufficient-funds'
  | 'limit-exceeded'
  | 'card-not-supported'
  | 'authentication-required'
  | 'account-disabled'
  | 'payment-failed'
  // retry-later
  | 'rate-limited'
  | 'unavailable'
  | 'bad-gateway'
  | 'gateway-timeout'
  | 'request-timeout'
  | 'too-early'
  | 'timeout'
  | 'network-error'
  | 'offline'
  | 'aborted'
  | 'issuer-unavailable'
  | 'request-in-progress'
  // contact-support
  | 'outcome-unknown'
  | 'pending'
  | 'partially-completed'
  | 'not-a-failure'
  | 'bad-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'access-denied'
  | 'not-found'
  | 'gone'
  | 'method-not-allowed'
  | 'not-acceptable'
  | 'conflict'
  | 'duplicate-request'
  | 'duplicate-account'
  | 'idempotency-conflict'
  | 'length-required'
  | 'unsupported-media-type'
  | 'misdirected-request'
  | 'reference-expired'
  | 'invalid-state'
  | 'locked'
  | 'daily-limit'
  | 'headers-too-large'
  | 'client-error'
  | 'server-error'
  | 'unexpected-status'
  | 'unknown-error'
  | 'configuration-error'

/** A built-in reason (with autocomplete), or an app's own. */
export type RecourseReason = KnownReason | (string & {})

/** What the caller knows about the request that failed. */
export interface ClassifyContext {
  /** HTTP method. GET, HEAD, OPTIONS, PUT and DELETE are idempotent; POST and PATCH are not unless `idempotent` is true. */
  method?: string | undefined
  /** True when the request carried an idempotency key (or is idempotent for another reason). */
  idempotent?: boolean | undefined
  /** How many times this request has failed before (0 for the first failure). Part of the contract; the built-in
   * rules do not depend on it. */
  attempt?: number | undefined
  /**
   * What earlier attempts sent with the same idempotency key may have done. An answer that says "not carried out"
   * to a later attempt (a decline, an idempotency conflict) does not settle an earlier attempt that may have been:
   * the result stays `processed: 'maybe'` and never says "declined". `usePaymentMutation` sets it on its errors.
   */
  priorProcessed?: Processed | undefined
  /** Read the body as this provider's, skipping detection. */
  dialect?: DialectName | undefined
  /** Clock for HTTP-date `Retry-After` and reset headers, in ms since the epoch. Defaults to `Date.now()`. */
  now?: number | undefined
}

/** The classification of one failure: what the screen needs to tell the customer. */
export interface Recourse {
  kind: RecourseKind
  /** A fine-grained reason, e.g. `rate-limited`, `outcome-unknown`, `insufficient-funds`. */
  reason: RecourseReason
  status?: number
  dialect: DialectName
  fields: FieldError[]
  /** Whether sending the same request again may succeed and is safe; `afterMs` is the wait the server asked for. */
  retry: { allowed: boolean; afterMs?: number }
  /** What to quote to support (request or correlation id). */
  reference?: string
  /** The provider's code (e.g. `card_declined`, `INVALID_INPUT_VALUE`, `param_error`), where one was sent. */
  code?: string
  /** Server text that the provider marks safe for customers (e.g. Stripe `card_error` messages), masked. */
  message?: string
  /**
   * Whether this attempt, or an earlier one with the same idempotency key, may have been carried out. Decided once,
   * here: the retry policy, `usePaymentMutation`'s key and the screens read it. While it is not `no`, no new key.
   */
  processed: Processed
  /** Whether another attempt is the same request with the same key, or a new request with a new key. */
  repeatWith: RepeatWith
  /** True when the customer cancelled the request themselves: nothing to show. */
  silent?: boolean
  /** The rules that decided this result, in order: for debugging and for the docs. */
  trail: string[]
}

/** A failure read into one normalized shape, before classification. */
export interface Failure {
  source: FailureSource
  status?: number
  /** Lower-cased header names. */
  headers: Record<string, string>
  /** Parsed JSON, or text for XML/HTML/plain bodies (bounded), or undefined. */
  body: unknown
  dialect: DialectName
  /** The provider's error type, e.g. Stripe `card_error`, Mangopay `param_error`. */
  type?: string
  code?: string
  /** A secondary code: a decline code, a network response code, a result code. */
  detail?: string
  /** Server text (masked). Never shown to customers unless `messageSafe`. */
  message?: string
  messageSafe: boolean
  fields: FieldError[]
  /** Wait asked for by `Retry-After` or a provider reset header, in ms. */
  retryAfterMs?: number
  /** Whether the provider says the same request may succeed later. */
  recoverable?: boolean
  /** Provider's `should retry` verdict (Stripe-Should-Retry). */
  shouldRetry?: boolean
  reference?: string
  /** A 2xx body that reports the payment's outcome: `declined`, `failed`, `unknown`, `partial`. */
  outcome?: PaymentOutcome
  /** Whether the request reached the server: false when known not sent, undefined when unknown. */
  sent?: boolean
  /** Request facts carried by the error itself (the kit's fetch helper, axios). */
  method?: string
  idempotent?: boolean
  /** What earlier attempts with the same key may have done, as the error records it (see `ClassifyContext`). */
  priorProcessed?: Processed
}

/** What a successful (2xx) response body says happened to a payment. */
export type PaymentOutcome = 'declined' | 'failed' | 'unknown' | 'partial' | 'pending'

/** What a dialect reads out of a body. */
export interface DialectReading {
  type?: string
  code?: string
  detail?: string
  message?: string
  messageSafe?: boolean
  fields?: FieldError[]
  reference?: string
  recoverable?: boolean
  status?: number
  outcome?: PaymentOutcome
}

/** A body reader for one provider family, with the rules that refine the status table for it. */
export interface Dialect {
  name: DialectName
  /** True when the body (and headers) have this provider's shape. */
  detect(body: unknown, headers: Record<string, string>): boolean
  read(body: unknown, headers: Record<string, string>): DialectReading
  rules: readonly RecourseRule[]
  /**
   * Turns a body that arrived as text (not JSON: e.g. XML) into the shape `detect` and `read` take, or undefined
   * when the text is none of this provider's. Must be bounded and never throw.
   */
  readText?(text: string): unknown
}

/** Whether a retry is allowed by a rule: always, only for idempotent requests, or never. */
export type RetryWhen = 'always' | 'idempotent' | 'never'

/** A class of statuses, e.g. `'5xx'`. */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx'

/** Conditions of a rule; every condition given must hold. */
export interface RuleMatch {
  status?: number | readonly number[] | StatusClass
  source?: FailureSource
  /** Whether the request reached the server (`false`: known not sent). */
  sent?: boolean
  dialect?: DialectName
  /** The provider's error type, e.g. Stripe `card_error`, Mangopay `param_error`. */
  type?: string | readonly string[]
  code?: string | readonly string[]
  detail?: string | readonly string[]
  /** Tested against the server message and code. */
  text?: RegExp
  recoverable?: boolean
  outcome?: PaymentOutcome | readonly PaymentOutcome[]
  hasFields?: boolean
  /** The kind/reason decided so far (for refinements). */
  kind?: RecourseKind
  reason?: string | readonly string[]
}

/** One row of the classification tables. Rules are data: apps add their own with `createClassifier({ rules })`. */
export interface RecourseRule {
  /** Shown in `Recourse.trail`. */
  id: string
  when: RuleMatch
  kind?: RecourseKind
  reason?: string
  retry?: RetryWhen
  /**
   * Whether the request may have been carried out (a non-idempotent one is then `outcome-unknown`). Built-in rules
   * set it both ways; an app's rules can only raise it (`no` < `maybe` < `yes`), never lower it.
   */
  processed?: Processed
  /** Shorthand for `processed: 'maybe'` (true). */
  mayHaveProcessed?: boolean
  /** How another attempt goes out; see `RepeatWith`. Ignored while the request may have been processed. */
  repeatWith?: RepeatWith
}

/** What a provider says a field's value must be, as it writes it: amounts keep their currency sign (`'£0.50'`). */
export interface FieldLimits {
  min?: string
  max?: string
  minLength?: number
  maxLength?: number
}
