import { compact, firstText, isBag, prop } from '../access.js'
import { readFieldErrors } from '../fieldErrors.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, PaymentOutcome, RecourseRule } from '../types.js'

// Mangopay: {"Message","Type","Id","Date","errors":{"Currency":"..."}} (also spelled `Errors`), and payments and card
// registrations that fail inside a 200: {"Status":"FAILED","ResultCode":"101101","ResultMessage":"..."}, or
// {"Status":"ERROR","ResultCode":"105204",...} for a card registration. The result code families are those of
// https://docs.mangopay.com/errors/codes.

/** A pay-in or card registration that did not go through. */
const OUTCOMES: Record<string, PaymentOutcome> = { FAILED: 'declined', ERROR: 'failed' }

/**
 * Card input the customer can correct, and the field it names. The fields are those of Mangopay's card
 * tokenization (`cardNumber`, `cardExpirationDate`, `cardCvx`), where the card details are typed.
 */
const CARD_INPUT_FIELDS: Record<string, string> = {
  '105101': 'cardNumber', // Invalid card number
  '105202': 'cardNumber', // Card number: invalid format
  '101105': 'cardExpirationDate', // The card has expired
  '105203': 'cardExpirationDate', // Expiry date: missing or invalid format
  '105204': 'cardCvx', // CVV: missing or invalid format
}

/** An error `Id` may end in `#<timestamp>`: the id support looks up is the part before it. */
function referenceOf(id: string | undefined): string | undefined {
  return id?.replace(/#\d+$/, '') || undefined
}

function read(body: unknown): DialectReading {
  const type = firstText(body, 'Type')
  const resultCode = firstText(body, 'ResultCode')
  const message = firstText(body, 'Message', 'ResultMessage')
  const cardField = resultCode === undefined ? undefined : CARD_INPUT_FIELDS[resultCode]
  const status = firstText(body, 'Status')?.toUpperCase()
  return {
    fields: cardField
      ? [{ field: cardField, ...compact({ code: resultCode }), message: message ?? '' }]
      : readFieldErrors(prop(body, 'errors') ?? prop(body, 'Errors')),
    messageSafe: false,
    ...compact({
      type,
      code: type,
      message,
      reference: referenceOf(firstText(body, 'Id')),
      detail: resultCode === '000000' ? undefined : resultCode,
      outcome: status === undefined ? undefined : OUTCOMES[status],
    }),
  }
}

/** A pay-in, pre-authorization or card registration that failed inside a 200. */
const FAILED: PaymentOutcome[] = ['declined', 'failed']

const rules: readonly RecourseRule[] = [
  // Card input: the customer corrects the field named above.
  rule(
    'mangopay:incorrect-number',
    { outcome: FAILED, detail: ['105101', '105202'] },
    'fix-input',
    'incorrect-number',
  ),
  rule('mangopay:expired-card', { outcome: FAILED, detail: '101105' }, 'fix-input', 'expired-card'),
  rule(
    'mangopay:incorrect-expiry',
    { outcome: FAILED, detail: '105203' },
    'fix-input',
    'incorrect-expiry',
  ),
  rule(
    'mangopay:incorrect-cvc',
    { outcome: FAILED, detail: '105204' },
    'fix-input',
    'incorrect-cvc',
  ),
  rule(
    'mangopay:insufficient-funds',
    { outcome: FAILED, detail: '001001' },
    'declined',
    'insufficient-funds',
  ),
  rule(
    'mangopay:limit',
    { outcome: FAILED, detail: ['001011', '101102', '101104', '101112', '101115'] },
    'declined',
    'limit-exceeded',
  ),
  // Temporary: the provider, the bank or the connection failed; a new attempt may go through.
  rule(
    'mangopay:provider-technical',
    { outcome: FAILED, detail: ['001999', '009101', '009199', '009499', '009999'] },
    'retry-later',
    'issuer-unavailable',
    'always',
  ),
  // The tokenization call never reached Mangopay (a timeout, or a browser extension blocking it): enter the card again.
  rule(
    'mangopay:tokenization-not-received',
    { outcome: FAILED, detail: '001599' },
    'retry-later',
    'unavailable',
    'always',
  ),
  // The platform's API access is off, or the integration sent registration data it built wrong: only support can help.
  rule(
    'mangopay:configuration',
    { outcome: FAILED, detail: ['001015', '105206'] },
    'contact-support',
    'configuration-error',
    'never',
  ),
  rule(
    'mangopay:not-found',
    { type: ['ressource_not_found', 'resource_not_found'] },
    'contact-support',
    'not-found',
  ),
  // The same Idempotency-Key was used within 24 h: the first call's result stands. Look it up; never resubmit.
  rule(
    'mangopay:idempotency-conflict',
    { type: 'idempotent_creation_conflict' },
    'contact-support',
    'idempotency-conflict',
    'never',
  ),
  rule('mangopay:rate-limited', { type: 'rate_limit' }, 'retry-later', 'rate-limited', 'always'),
  rule('mangopay:file-type', { status: 415 }, 'fix-input', 'unsupported-file-type'),
]

/**
 * Mangopay: `Type`/`Message`/`Id` errors with a field map, and `Status: FAILED`/`ERROR` results.
 *
 * @example
 * ```ts
 * import { mangopay } from '@recourse/core/dialects/mangopay'
 * const { classify } = createClassifier({ dialects: [mangopay] })
 * ```
 */
export const mangopay: Dialect = {
  name: 'mangopay',
  detect: (body) =>
    isBag(body) &&
    ((typeof prop(body, 'Type') === 'string' &&
      (prop(body, 'Message') !== undefined || prop(body, 'Id') !== undefined)) ||
      (prop(body, 'ResultCode') !== undefined && prop(body, 'Status') !== undefined)),
  read,
  rules,
}
