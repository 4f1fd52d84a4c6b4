import { foldDigits, maskFoldedCardNumbers, maskToken } from './maskCardNumbers.js'

// A security code written next to its name, as prose or as a key of JSON, Python or a form:
// "CVC 123", "cvv2: 1234", "security code is 123", `"cvc": "123"`, `'cvc': '123'`, `card_cvc: 123`,
// `"security_code":"1234"`, `;cvc=123` in a Cross-Border `pan:` URI.
const SECURITY_CODE =
  /(?<![a-z])(cvc2?|cvv2?|cvn2?|csc|security[ _-]?code|card[ _-]?code|verification[ _-]?code)(\W{0,6}(?:is\W{1,3})?)(\d{3,4})(?!\d)/gi
// The local part may hold any RFC 5322 atext character, not only letters, digits and dots.
const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g
// Account URIs of Mastercard Cross-Border Services: `iban:DE89…`, `ban:123456789;bic=…`, `pan:5555…;exp=…`.
const ACCOUNT_URI = /(?<![a-z])(iban|ban|pan):([a-z0-9][a-z0-9-]*[a-z0-9])/gi
// An IBAN, as banks print it: country, two check digits, then 11-30 capitals or digits, in groups of four or not.
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g
const HAS_DIGIT = /\d/

/** ISO 13616 check: the IBAN with its first four characters moved to the end, letters as 10-35, mod 97 is 1. */
function ibanValid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const char of rearranged.toUpperCase()) {
    const value = parseInt(char, 36)
    remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
  }
  return remainder === 1
}

function lastFour(value: string, keepSpacing: boolean): string {
  return maskToken(value, value.replace(/[^a-z0-9]/gi, '').slice(-4), keepSpacing)
}

function maskIban(iban: string, keepSpacing: boolean): string {
  const compact = iban.replace(/[ -]/g, '')
  return compact.length >= 15 && compact.length <= 34 && ibanValid(compact)
    ? lastFour(iban, keepSpacing)
    : iban
}

// A mask without its space ("••••1111", from a masked copy): written as every other mask is.
const JOINED_MASK = /••••(?=[a-z0-9])/gi

/**
 * Masks what must never reach a screen or a log: card numbers (to their last four digits), IBANs and the account
 * of `iban:`, `ban:` and `pan:` account URIs (to the scheme and the last four), security codes written next to
 * their name, and email addresses. Digits of any script are matched (see `foldDigits`). Amounts, dates and
 * references are left as they are. Applied to every string Recourse takes from a server.
 *
 * @example
 * maskSensitive('CVC 123 for jane@example.com, card 4111 1111 1111 1111') // 'CVC ••• for •••@•••, card •••• 1111'
 */
export function maskSensitive(text: string): string {
  return maskSecrets(text, false)
}

/** `maskSensitive`; with `keepSpacing` (masked copies of bodies), a secret written without spaces is masked without. */
export function maskSecrets(text: string, keepSpacing: boolean): string {
  const folded = foldDigits(text)
  // Most server strings hold no digit and no "@": skip the patterns that cannot match (the email pattern, tried at
  // every position, is otherwise the largest cost of classifying).
  let masked = folded
  if (HAS_DIGIT.test(folded)) {
    masked = maskFoldedCardNumbers(masked, keepSpacing)
      .replace(
        ACCOUNT_URI,
        (_, scheme: string, account: string) => `${scheme}:${lastFour(account, keepSpacing)}`,
      )
      .replace(IBAN, (iban) => maskIban(iban, keepSpacing))
      .replace(SECURITY_CODE, '$1$2•••')
  }
  if (masked.includes('@')) masked = masked.replace(EMAIL, '•••@•••')
  if (!keepSpacing && masked.includes('••••')) masked = masked.replace(JOINED_MASK, '•••• ')
  return masked === folded ? text : masked
}
