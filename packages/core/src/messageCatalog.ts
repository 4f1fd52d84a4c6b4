import type { RecourseKind } from './types.js'

/** The words a screen shows for one situation. */
export interface Copy {
  title: string
  body: string
  /** The next step, as a button or link label. */
  action: string
}

/** The kinds of field message a catalog words. */
export type FieldMessageKey =
  | 'required'
  | 'format'
  | 'length'
  | 'characters'
  | 'expired'
  | 'expiry'
  | 'cvc'
  | 'number'
  | 'postcode'
  | 'invalid'

/** Reasons with copy of their own; every other reason uses its kind's copy. */
export type CatalogReason =
  | 'outcome-unknown'
  | 'pending'
  | 'duplicate-request'
  | 'idempotency-conflict'
  | 'partially-completed'
  | 'insufficient-funds'
  | 'limit-exceeded'
  | 'expired-card'
  | 'incorrect-cvc'
  | 'incorrect-number'
  | 'incorrect-expiry'
  | 'incorrect-postcode'
  | 'card-not-supported'
  | 'authentication-required'
  | 'account-disabled'
  | 'payment-failed'
  | 'issuer-unavailable'
  | 'rate-limited'
  | 'offline'
  | 'network-error'
  | 'timeout'
  | 'aborted'
  | 'invalid-characters'
  | 'too-large'
  | 'unsupported-file-type'
  | 'configuration-error'
  | 'card-details-expired'

/** Every string Recourse shows, in one locale. `{label}` and `{reference}` are filled in by `describe`. */
export interface MessageCatalog {
  /** BCP 47 tag, e.g. `en`, `es`, `fr`, `de`. */
  locale: string
  kinds: Record<RecourseKind, Copy>
  reasons: Record<CatalogReason, Partial<Copy>>
  /** Field messages that name the field: `{label}` is the form's label for it. */
  fields: Record<FieldMessageKey, string>
  /** Field messages for a field whose label is not known. */
  unlabelledFields: Record<FieldMessageKey, string>
  /** How a support reference is introduced, with `{reference}`. */
  reference: string
  /** Words of the components in @recourse/ui. */
  ui: UiCopy
}

/** Words the components show around the messages. `{seconds}` is filled in by the component. */
export interface UiCopy {
  /** Title of the error summary at the top of a form. */
  summaryTitle: string
  /** Read before each field's message by screen readers only. */
  errorPrefix: string
  copyReference: string
  referenceCopied: string
  /** When the browser refused to copy: the reference is selected instead. */
  referenceCopyFailed: string
  /** The retry button while waiting, with `{seconds}`. */
  retryIn: string
  /** When the next automatic attempt goes, with `{seconds}` (a wait with no retry button). */
  nextAttemptIn: string
  /** Announced once when a retry becomes possible. */
  retryReady: string
  /** While a new attempt is under way (the app's own, or the customer's). */
  retryingAutomatically: string
  supportTitle: string
  supportEmail: string
  supportPhone: string
  supportWebsite: string
  dismiss: string
}
