// What may stand between the digit groups of a card number, however a provider or a customer wrote it: spaces of
// every width, zero-width spaces and joiners, soft hyphens, dashes (hyphen, en and em dash, minus), dots, slashes,
// underscores, commas, pipes, colons, and the brackets a JSON Pointer's numbers become in a field path
// ("#/4111/1111/…" reads "4111[1111]…"). Up to three of them between two digits ("4242 - 4242").
const SEPARATOR_CLASS = '\\s\\u00ad\\u200b-\\u200d\\u2060._/,|:\\[\\]\\u2010-\\u2015\\u2212-'
// A UUID is a reference, never a card number, though its digit groups can pass for one: matched first, kept.
const UUID = '(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])'
const DIGIT_RUN = new RegExp(`(${UUID})|\\d(?:[${SEPARATOR_CLASS}]{0,3}\\d)*`, 'gi')
const MIN_DIGITS = 12
const MAX_DIGITS = 19
// Anything that is not printable ASCII: only such text can hold digits or letters NFKC folds.
const NOT_ASCII = /[^\x20-\x7e\t\n\r]/
const OTHER_DIGIT = /\p{Nd}/gu

/** The ASCII digit of a Unicode decimal digit: scripts lay their digits out as ten consecutive code points. */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 48
  let zero = code
  while (zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--
  return String((code - zero) % 10)
}

/**
 * Text with full-width, mathematical, Arabic-Indic and every other script's digits as ASCII digits (NFKC first, so
 * full-width letters and compatibility spaces fold too). Returns the text itself when it is printable ASCII.
 */
export function foldDigits(text: string): string {
  if (!NOT_ASCII.test(text)) return text
  return text
    .normalize('NFKC')
    .replace(OTHER_DIGIT, (digit) => (digit <= '9' ? digit : asciiDigit(digit)))
}

const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]
/** Punctuation that also writes dates, times, amounts and lists; other separators count as none. */
const PUNCTUATION = '._/,|:'
const BRACKETS = -2

// The digit run being read (masking is synchronous), in typed arrays (a 64 KiB body holds thousands of runs): its
// `count` digits, where each sits in the run text, whether separators stand before each (1) or it is joined to the
// one before (0), and the punctuation before each as a number (0: none, or only spaces, dashes and the like). Runs
// up to SHARED_CAPACITY long reuse one set of arrays: a body's thousands of runs allocate none.
const SHARED_CAPACITY = 4096
let count = 0
let digits = new Uint8Array(0)
let at = new Int32Array(0)
let apart = new Uint8Array(0)
let marks = new Int32Array(0)

/** Issuer prefixes of cards a checkout takes: Mir 2200-2204, Mastercard 2221-2720, and 3, 4, 5, 6 and 8. */
function hasIssuerPrefix(start: number): boolean {
  const first = digits[start] as number
  if (first !== 2) return (first >= 3 && first <= 6) || first === 8
  const prefix =
    2000 +
    (digits[start + 1] as number) * 100 +
    (digits[start + 2] as number) * 10 +
    (digits[start + 3] as number)
  return (prefix >= 2200 && prefix <= 2204) || (prefix >= 2221 && prefix <= 2720)
}

function readRun(text: string): void {
  const capacity = Math.max(text.length, SHARED_CAPACITY)
  if (digits.length !== capacity) {
    digits = new Uint8Array(capacity)
    at = new Int32Array(capacity)
    apart = new Uint8Array(capacity)
    marks = new Int32Array(capacity)
  }
  let separated = 0
  let mark = 0
  count = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    const code = unit - 48
    if (code < 0 || code > 9) {
      separated = 1
      // A field path's brackets ("4111[1111][1111].1111") count as one kind, whatever dot follows them.
      const punctuation = PUNCTUATION.indexOf(text.charAt(index)) + 1
      if (unit === 91 || unit === 93 || mark === BRACKETS) mark = BRACKETS
      else if (punctuation) mark = mark * 8 + punctuation
      continue
    }
    digits[count] = code
    at[count] = index
    apart[count] = separated
    marks[count++] = mark
    separated = 0
    mark = 0
  }
}

/**
 * Whether the digits [start, end) pass the Luhn check (the last digit is not doubled, the one before it is, and so
 * on) and keep one kind of punctuation between their groups: "30.11.2026 10:30:00" is a date, not a card. At most
 * MAX_DIGITS digits: masking stays linear.
 */
function isCardNumber(start: number, end: number): boolean {
  let sum = 0
  let kind = -1
  for (let index = end - 1; index >= start; index--) {
    const digit = digits[index] as number
    sum += (end - index) & 1 ? digit : (DOUBLED[digit] as number)
    if (index === start || !apart[index]) continue
    const mark = marks[index] as number
    if (kind === -1) kind = mark
    else if (mark !== kind) return false
  }
  return sum % 10 === 0
}

/** The longest card number that starts at `start`, as its end (exclusive), or -1. */
function cardEnd(start: number): number {
  if (!hasIssuerPrefix(start)) return -1
  const opensGroup = !start || apart[start]
  const second = digits[start + 1]
  const usualLength = digits[start] === 3 && (second === 4 || second === 7) ? 15 : 16
  for (let length = Math.min(MAX_DIGITS, count - start); length >= MIN_DIGITS; length--) {
    const end = start + length
    // A card number fills whole groups. Other digits may be joined to one side of one of the usual length (15 for
    // American Express, 16 for the others: "41111111111111117"), never to both sides.
    const closesGroup = end === count || apart[end]
    if (!(opensGroup && closesGroup) && !((opensGroup || closesGroup) && length === usualLength))
      continue
    if (isCardNumber(start, end)) return end
  }
  return -1
}

/**
 * The mask of a secret: its last four after "•••• ". `keepSpacing` (masked copies of bodies, see `maskError`) drops
 * the space when the secret had none, so that a reader that tells values by their spaces reads the copy as it read
 * the original; `maskSensitive` puts the space back.
 */
export function maskToken(secret: string, last: string, keepSpacing: boolean): string {
  return keepSpacing && !/\s/.test(secret) ? `••••${last}` : `•••• ${last}`
}

function maskRun(text: string, keepSpacing: boolean): string {
  readRun(text)
  let result = ''
  let copied = 0
  for (let start = 0; start <= count - MIN_DIGITS; start++) {
    const end = cardEnd(start)
    if (end < 0) continue
    // Zeros joined in front are no part of a card number ("004111…"): they go with it.
    let from = start
    while (from > 0 && !apart[from] && !digits[from - 1]) from--
    const after = (at[end - 1] as number) + 1
    const secret = text.slice(at[from], after)
    result +=
      text.slice(copied, at[from]) +
      maskToken(secret, digits.slice(end - 4, end).join(''), keepSpacing)
    copied = after
    start = end - 1
  }
  return copied === 0 ? text : result + text.slice(copied)
}

/** `maskCardNumbers` of text already passed through `foldDigits`. */
export function maskFoldedCardNumbers(text: string, keepSpacing = false): string {
  const masked = text.replace(DIGIT_RUN, (run: string, uuid: string | undefined) =>
    uuid === undefined ? maskRun(run, keepSpacing) : run,
  )
  // The arrays of a run longer than the shared size (10 bytes a character) are not kept once masking is done.
  if (digits.length > SHARED_CAPACITY) {
    digits = apart = new Uint8Array(0)
    at = marks = new Int32Array(0)
  }
  return masked
}

/**
 * Masks every card number to its last four digits: 12-19 digits that pass the Luhn check and start like a card
 * (2200-2204, 2221-2720, 3, 4, 5, 6, 8), in any script's digits and with any separators between its groups
 * (spaces, dashes, dots, slashes, underscores, commas, pipes, colons, zero-width spaces, soft hyphens), also with
 * other digits joined on. Linear in the text's length. Applied to every string Recourse produces from server text.
 *
 * Text in which nothing is masked comes back as it was; text in which something is comes back with its digits
 * folded to ASCII (see `foldDigits`).
 *
 * @example
 * maskCardNumbers('Card 4242 4242 4242 4242 refused') // 'Card •••• 4242 refused'
 */
export function maskCardNumbers(value: string): string {
  const folded = foldDigits(value)
  const masked = maskFoldedCardNumbers(folded)
  return masked === folded ? value : masked
}
