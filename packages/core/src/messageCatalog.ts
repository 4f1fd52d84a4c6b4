import type { RecourseKind } from './types.js'

/** The words a screen shows for one situation. */
export interface Copy {
  title: string
  body: string
  /** The next step, as a button or link label. */
  action: string
}

/**
 * The field messages a catalog words: what is wrong with a field and how to fix it, GOV.UK's way. `{label}` is the
 * form's label for the field; `{min}` and `{max}` are the limits the provider's answer or the app states. Keys ending
 * in a limit (`maxLength`, `min`, ...) are used only when that limit is known; the others say it without a number.
 */
export type FieldMessageKey =
  /** Nothing was entered: "Enter the card number". */
  | 'required'
  /** A select or a set of choices (`control: 'select' | 'choice'`): "Select the country". */
  | 'select'
  | 'format'
  /** Too long or too short, and neither the provider nor the app says which. */
  | 'length'
  | 'tooLong'
  | 'tooShort'
  | 'maxLength'
  | 'minLength'
  | 'lengthRange'
  /** A number below or above a limit: "The quantity must be 1 or more". */
  | 'min'
  | 'max'
  | 'tooSmall'
  | 'tooLarge'
  | 'characters'
  /** The provider refused the value without saying why. */
  | 'invalid'
  // Card fields, worded for what a customer holds in their hand.
  | 'cvc'
  | 'number'
  | 'expiry'
  | 'expired'
  | 'postcode'
  // Amounts of money: "Enter an amount of at least £0.50".
  | 'amount'
  | 'amountMin'
  | 'amountMax'
  | 'amountTooSmall'
  | 'amountTooLarge'

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
  | 'request-in-progress'

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
  /** How a support reference is introduced, with `{reference}`. Callers show it as is: never prefix it again. */
  reference: string
  /**
   * Said first when the classification knows no payment was taken (`processed: 'no'`) on a decline or a support
   * case. Never written into a reason's own body: the body cannot know it.
   */
  notTaken: string
  /**
   * A temporary failure that must not be sent again (the provider said so, or the request is not safe to repeat)
   * and took no payment. (One that may have taken a payment uses `reasons['outcome-unknown']`.) Never a "try again".
   */
  cannotRetry: Copy
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
  /** While the kit retries on its own: `{attempt}` of `{max}`. */
  stillTrying: string
  /** The button that stops waiting for automatic retries (nothing sent is cancelled). */
  stopWaiting: string
  supportTitle: string
  supportEmail: string
  supportPhone: string
  supportWebsite: string
  dismiss: string
}
