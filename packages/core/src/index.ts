// The main entry: classify and describe a failure, fetch with facts the classifier reads, retry safely, keep a
// payment's key. Dialects are at `@recourse/core/dialects/<name>` (every built-in one at `@recourse/core/dialects`),
// catalogs at `@recourse/core/locales/<code>`.
export { classify } from './classify.js'
export { createClassifier } from './createClassifier.js'
export { describe } from './describe.js'
export { createRetryPolicy } from './retryPolicy.js'
export { fetchJson, RecourseFetchError } from './fetchJson.js'
export { maskError } from './maskError.js'

export type {
  ClassifyContext,
  Dialect,
  DialectReading,
  Failure,
  FailureSource,
  FieldError,
  FieldLimits,
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
  FormFieldFacts,
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
