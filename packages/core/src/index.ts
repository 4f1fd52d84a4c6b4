export { classify, defaultClassifier, readFailure } from './classify.js'
export { createClassifier } from './createClassifier.js'
export { describe } from './describe.js'
export { createRetryBudget, createRetryPolicy } from './retryPolicy.js'
export {
  fetchJson,
  isRecourseFetchError,
  MAX_ERROR_BODY_BYTES,
  RecourseFetchError,
  throwIfDeclined,
  withRequestFacts,
} from './fetchJson.js'
export { createPaymentSession } from './paymentSession.js'
export { maskCardNumbers } from './maskCardNumbers.js'
export { maskSensitive } from './maskSensitive.js'
export {
  mayHaveBeenProcessed,
  requestSafety,
  reusesIdempotencyKey,
  safetyOf,
} from './requestSafety.js'
export { allDialects } from './dialects/index.js'
export { mastercard } from './dialects/mastercard.js'
export { tabapay } from './dialects/tabapay.js'
export { mangopay } from './dialects/mangopay.js'
export { cloudPayments } from './dialects/cloudPayments.js'
export { stripe } from './dialects/stripe.js'
export { problemDetails } from './dialects/problemDetails.js'
export { generic } from './dialects/generic.js'
export { adyen } from './dialects/adyen.js'
export { checkoutCom } from './dialects/checkoutCom.js'
export { paypal } from './dialects/paypal.js'
export { square } from './dialects/square.js'
export { braintree, braintreeGateway } from './dialects/braintree.js'
export { gocardless } from './dialects/gocardless.js'
export { razorpay } from './dialects/razorpay.js'
export { checkRules, outcomeRules, sourceRules, statusRules } from './statusRules.js'
export { en } from './locales/en.js'

export type {
  ClassifyContext,
  Dialect,
  DialectName,
  DialectReading,
  Failure,
  FailureSource,
  FieldError,
  KnownReason,
  PaymentOutcome,
  Processed,
  Recourse,
  RecourseKind,
  RecourseReason,
  RecourseRule,
  RepeatWith,
  RetryWhen,
  RuleMatch,
  StatusClass,
} from './types.js'
export type { Classifier, ClassifierOptions } from './createClassifier.js'
export type {
  CatalogOverrides,
  Description,
  DescribeOptions,
  FieldDescription,
} from './describe.js'
export type {
  CatalogReason,
  Copy,
  FieldMessageKey,
  MessageCatalog,
  UiCopy,
} from './messageCatalog.js'
export type {
  RetryBudget,
  RetryBudgetOptions,
  RetryPolicy,
  RetryPolicyOptions,
} from './retryPolicy.js'
export type {
  DeclineSource,
  FetchJsonOptions,
  RecourseFetchErrorInit,
  RequestFacts,
} from './fetchJson.js'
export type { RequestSafety } from './requestSafety.js'
export type {
  PaymentKeyStorage,
  PaymentLookup,
  PaymentLookupResult,
  PaymentLookupStatus,
  PaymentPhase,
  PaymentSession,
  PaymentSessionOptions,
  PaymentSessionState,
} from './paymentSession.js'
export { maskError, RecourseMaskedError } from './maskError.js'
export { DEFAULT_TIMEOUT_MS } from './fetchJson.js'
