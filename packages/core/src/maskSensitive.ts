import { maskCardNumbers } from './maskCardNumbers.js'

// A security code written next to its name: "CVC 123", "cvv2: 1234", "security code is 123".
const SECURITY_CODE =
  /\b(cvc2?|cvv2?|csc|cid|security[ -]?code)(\W{0,3}(?:is\W{1,3})?)(\d{3,4})(?!\d)/gi
// The local part may hold any RFC 5322 atext character, not only letters, digits and dots.
const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g

const HAS_DIGIT = /\d/

/**
 * Masks what must never reach a screen or a log: card numbers (to their last four digits), security codes written
 * next to their name, and email addresses. Applied to every string Recourse takes from a server.
 *
 * @example
 * maskSensitive('CVC 123 for jane@example.com, card 4111 1111 1111 1111') // 'CVC ••• for •••@•••, card •••• 1111'
 */
export function maskSensitive(text: string): string {
  // Most server strings hold no digit and no "@": skip the patterns that cannot match (the email pattern, tried at
  // every position, is otherwise the largest cost of classifying).
  const masked = HAS_DIGIT.test(text)
    ? maskCardNumbers(text).replace(SECURITY_CODE, '$1$2•••')
    : text
  return masked.includes('@') ? masked.replace(EMAIL, '•••@•••') : masked
}
