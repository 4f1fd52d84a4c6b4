// Digits with up to two separators between them: spaces (also non-breaking), tabs, dashes, dots, slashes,
// underscores — however a provider or a customer wrote the number.
const SEPARATOR = '[\\s\\u00a0._/-]'
const CARD_NUMBER = new RegExp(`(?<!\\d)\\d(?:${SEPARATOR}{0,2}\\d){11,18}(?!\\d)`, 'g')
const SEPARATORS = new RegExp(`(${SEPARATOR}+)`)

/** Luhn-valid and not starting with 0 (no card network issues numbers that do; a leading 0 never changes the sum). */
function passesLuhn(digits: string): boolean {
  if (digits[0] === '0') return false
  let sum = 0
  let double = false
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48
    if (double) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
    double = !double
  }
  return sum % 10 === 0
}

/**
 * Masks every Luhn-valid card number (12-19 digits, with spaces, dashes, dots, slashes or underscores between
 * them) to its last four digits.
 * Applied to every string Recourse produces from server text.
 *
 * @example
 * maskCardNumbers('Card 4242 4242 4242 4242 refused') // 'Card •••• 4242 refused'
 */
export function maskCardNumbers(value: string): string {
  return value.replace(CARD_NUMBER, maskRun)
}

function maskRun(run: string): string {
  // Leading zeros are no part of a card number, but text joined without spaces can put one before it.
  const digits = run.replace(/\D/g, '').replace(/^0+/, '')
  if (digits.length >= 12 && passesLuhn(digits)) return `•••• ${digits.slice(-4)}`
  // Digits around a card number can join it into one longer run ("ref 0 4111 1111 1111 1111 0"): try the
  // runs of whole groups inside it, longest first. Groups are never split, so a plain long number stays as is.
  const parts = run.split(SEPARATORS)
  const groups = (parts.length + 1) / 2
  for (let size = groups - 1; size >= 1; size--) {
    for (let start = 0; start + size <= groups; start++) {
      const end = 2 * (start + size - 1) + 1
      const candidate = parts
        .slice(2 * start, end)
        .filter((_, index) => index % 2 === 0)
        .join('')
      if (candidate.length < 12 || candidate.length > 19 || !passesLuhn(candidate)) continue
      const before = parts.slice(0, 2 * start).join('')
      return `${before}•••• ${candidate.slice(-4)}${maskCardNumbers(parts.slice(end).join(''))}`
    }
  }
  return run
}
