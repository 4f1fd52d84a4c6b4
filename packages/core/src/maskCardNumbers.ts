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

/** Issuer prefixes of cards a checkout takes: Mir 2200-2204, Mastercard 2221-2720, and 3, 4, 5, 6 and 8. */
function hasIssuerPrefix(digits: Uint8Array, start: number): boolean {
  const first = digits[start] ?? 0
  if (first >= 3 && first <= 6) return true
  if (first === 8) return true
  if (first !== 2) return false
  const prefix =
    2000 + (digits[start + 1] ?? 0) * 100 + (digits[start + 2] ?? 0) * 10 + (digits[start + 3] ?? 0)
  return (prefix >= 2200 && prefix <= 2204) || (prefix >= 2221 && prefix <= 2720)
}

const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]
/** Punctuation that also writes dates, times, amounts and lists, by code; other separators count as none. */
const PUNCTUATION_CODES = new Int8Array(128)
for (const [index, char] of [...'._/,|:'].entries())
  PUNCTUATION_CODES[char.charCodeAt(0)] = index + 1
const BRACKETS = -2
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93

/**
 * One digit run, in typed arrays (a 64 KiB body holds thousands of runs): its digits, where each sits in the run
 * text, what stands before each, and prefix sums that check Luhn on any span in constant time.
 */
interface Run {
  length: number
  digits: Uint8Array
  /** Index in the run's text of each digit. */
  at: Int32Array
  /** 1 when separators stand before the digit, 0 when it is joined to the one before. */
  apart: Uint8Array
  /** The punctuation before each digit as a number (0: none, or only spaces, dashes and the like). */
  marks: Int32Array
  /** plain[p][k]: sum of the digits before k whose index has parity p; doubled[p][k] the same, doubled. */
  plain: [Int32Array, Int32Array]
  doubled: [Int32Array, Int32Array]
}

function newRun(capacity: number): Run {
  const size = capacity + 1
  return {
    length: 0,
    digits: new Uint8Array(capacity),
    at: new Int32Array(capacity),
    apart: new Uint8Array(capacity),
    marks: new Int32Array(capacity),
    plain: [new Int32Array(size), new Int32Array(size)],
    doubled: [new Int32Array(size), new Int32Array(size)],
  }
}

/** Runs up to this long reuse one set of arrays (masking is synchronous): a body's thousands of runs allocate none. */
const SHARED_CAPACITY = 4096
let shared: Run | undefined

function readRun(text: string): Run {
  // Sized for the text, an upper bound of its digits: one pass instead of two.
  const run =
    text.length > SHARED_CAPACITY ? newRun(text.length) : (shared ??= newRun(SHARED_CAPACITY))
  const [plainEven, plainOdd] = run.plain
  const [doubledEven, doubledOdd] = run.doubled
  plainEven[0] = plainOdd[0] = doubledEven[0] = doubledOdd[0] = 0
  let digit = 0
  let apart = 0
  let marks = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    const code = unit - 48
    if (code < 0 || code > 9) {
      apart = 1
      // A field path's brackets ("4111[1111][1111].1111") count as one kind, whatever dot follows them.
      if (unit === OPEN_BRACKET || unit === CLOSE_BRACKET || marks === BRACKETS) marks = BRACKETS
      else if (unit < 128 && PUNCTUATION_CODES[unit])
        marks = marks * 8 + (PUNCTUATION_CODES[unit] ?? 0)
      continue
    }
    const even = (digit & 1) === 0
    const doubled = DOUBLED[code] ?? 0
    plainEven[digit + 1] = (plainEven[digit] ?? 0) + (even ? code : 0)
    plainOdd[digit + 1] = (plainOdd[digit] ?? 0) + (even ? 0 : code)
    doubledEven[digit + 1] = (doubledEven[digit] ?? 0) + (even ? doubled : 0)
    doubledOdd[digit + 1] = (doubledOdd[digit] ?? 0) + (even ? 0 : doubled)
    run.digits[digit] = code
    run.at[digit] = index
    run.apart[digit] = apart
    run.marks[digit] = marks
    apart = 0
    marks = 0
    digit++
  }
  run.length = digit
  return run
}

/** Luhn checksum of the digits [start, end): the last digit is not doubled, the one before it is, and so on. */
function luhnValid(run: Run, start: number, end: number): boolean {
  const plainSide = ((end - 1) & 1) as 0 | 1
  const plain = run.plain[plainSide]
  const doubled = run.doubled[(plainSide ^ 1) as 0 | 1]
  const sum = (plain[end] ?? 0) - (plain[start] ?? 0) + (doubled[end] ?? 0) - (doubled[start] ?? 0)
  return sum % 10 === 0
}

/** A card number keeps one kind of punctuation between its groups: "30.11.2026 10:30:00" is a date, not a card. */
function oneKindOfPunctuation(run: Run, start: number, end: number): boolean {
  let kind = -1
  for (let index = start + 1; index < end; index++) {
    if (run.apart[index] === 0) continue
    const marks = run.marks[index] ?? 0
    if (kind === -1) kind = marks
    else if (marks !== kind) return false
  }
  return true
}

function startsGroup(run: Run, index: number): boolean {
  return index === 0 || run.apart[index] === 1
}

function endsGroup(run: Run, index: number): boolean {
  return index === run.length - 1 || run.apart[index + 1] === 1
}

/** The longest card number that starts at `start`, as its end (exclusive), or -1. */
function cardEnd(run: Run, start: number): number {
  if (!hasIssuerPrefix(run.digits, start)) return -1
  const opensGroup = startsGroup(run, start)
  const longest = Math.min(MAX_DIGITS, run.length - start)
  const second = run.digits[start + 1]
  const usualLength = run.digits[start] === 3 && (second === 4 || second === 7) ? 15 : 16
  for (let length = longest; length >= MIN_DIGITS; length--) {
    const end = start + length
    // A card number fills whole groups. Other digits may be joined to one side of one of the usual length (15 for
    // American Express, 16 for the others: "41111111111111117"), never to both sides.
    const closesGroup = endsGroup(run, end - 1)
    if (!(opensGroup && closesGroup) && !((opensGroup || closesGroup) && length === usualLength))
      continue
    if (luhnValid(run, start, end) && oneKindOfPunctuation(run, start, end)) return end
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
  const run = readRun(text)
  if (run.length < MIN_DIGITS) return text
  let result = ''
  let copied = 0
  for (let start = 0; start <= run.length - MIN_DIGITS; start++) {
    const end = cardEnd(run, start)
    if (end < 0) continue
    // Zeros joined in front are no part of a card number ("004111…"): they go with it.
    let from = start
    while (from > 0 && run.apart[from] === 0 && run.digits[from - 1] === 0) from--
    const digits = run.digits
    const last = String.fromCharCode(
      48 + (digits[end - 4] ?? 0),
      48 + (digits[end - 3] ?? 0),
      48 + (digits[end - 2] ?? 0),
      48 + (digits[end - 1] ?? 0),
    )
    const after = (run.at[end - 1] ?? 0) + 1
    const secret = text.slice(run.at[from], after)
    result += text.slice(copied, run.at[from]) + maskToken(secret, last, keepSpacing)
    copied = after
    start = end - 1
  }
  return copied === 0 ? text : result + text.slice(copied)
}

/** `maskCardNumbers` of text already passed through `foldDigits`. */
export function maskFoldedCardNumbers(text: string, keepSpacing = false): string {
  return text.replace(DIGIT_RUN, (run: string, uuid: string | undefined) =>
    uuid === undefined ? maskRun(run, keepSpacing) : run,
  )
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
