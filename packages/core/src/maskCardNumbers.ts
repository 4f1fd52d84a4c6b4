// What may stand between the digit groups of a card number, however a provider or a customer wrote it: spaces of
// every width, zero-width spaces and joiners, soft hyphens, dashes (hyphen, en and em dash, minus), dots, slashes,
// underscores, commas, pipes and colons. Up to three of them between two digits ("4242 - 4242").
const SEPARATOR_CLASS = '\\s\\u00ad\\u200b-\\u200d\\u2060._/,|:\\u2010-\\u2015\\u2212-'
// A UUID is a reference, never a card number, though its digit groups can pass for one: matched first, kept.
const UUID = '(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])'
const DIGIT_RUN = new RegExp(`(${UUID})|\\d(?:[${SEPARATOR_CLASS}]{0,3}\\d)*`, 'gi')
/** Separators that also write dates, times, amounts and lists; a card number uses one kind of them throughout. */
const PUNCTUATION = /[._/,|:]/g
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
function hasIssuerPrefix(digits: readonly number[], start: number): boolean {
  const first = digits[start] ?? 0
  if (first >= 3 && first <= 6) return true
  if (first === 8) return true
  if (first !== 2) return false
  const prefix =
    2000 + (digits[start + 1] ?? 0) * 100 + (digits[start + 2] ?? 0) * 10 + (digits[start + 3] ?? 0)
  return (prefix >= 2200 && prefix <= 2204) || (prefix >= 2221 && prefix <= 2720)
}

const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]

/** One digit run: its digits, where each sits in the run, and prefix sums that check Luhn on any span at once. */
interface Run {
  digits: number[]
  /** Index in the run's text of each digit. */
  at: number[]
  /** The separators before each digit ('' when joined to the one before). */
  gaps: string[]
  /** plain[p][k]: sum of the digits before k whose index has parity p; doubled[p][k] the same, doubled. */
  plain: [number[], number[]]
  doubled: [number[], number[]]
}

function readRun(text: string): Run {
  const run: Run = { digits: [], at: [], gaps: [], plain: [[0], [0]], doubled: [[0], [0]] }
  let gap = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index) - 48
    if (code < 0 || code > 9) {
      gap += text[index]
      continue
    }
    const parity = run.digits.length & 1
    for (const side of [0, 1] as const) {
      const plain = run.plain[side]
      const doubled = run.doubled[side]
      plain.push((plain.at(-1) ?? 0) + (side === parity ? code : 0))
      doubled.push((doubled.at(-1) ?? 0) + (side === parity ? (DOUBLED[code] ?? 0) : 0))
    }
    run.digits.push(code)
    run.at.push(index)
    run.gaps.push(gap)
    gap = ''
  }
  return run
}

/** Luhn checksum of the digits [start, end): the last digit is not doubled, the one before it is, and so on. */
function luhnValid(run: Run, start: number, end: number): boolean {
  const plainSide = ((end - 1) & 1) as 0 | 1
  const doubledSide = (plainSide ^ 1) as 0 | 1
  const sum =
    (run.plain[plainSide][end] ?? 0) -
    (run.plain[plainSide][start] ?? 0) +
    (run.doubled[doubledSide][end] ?? 0) -
    (run.doubled[doubledSide][start] ?? 0)
  return sum % 10 === 0
}

/** A card number keeps one kind of punctuation between its groups: "30.11.2026 10:30:00" is a date, not a card. */
function oneKindOfPunctuation(run: Run, start: number, end: number): boolean {
  let kind: string | undefined
  for (let index = start + 1; index < end; index++) {
    const gap = run.gaps[index] ?? ''
    if (gap === '') continue
    const marks = gap.match(PUNCTUATION)?.join('') ?? ''
    if (kind === undefined) kind = marks
    else if (marks !== kind) return false
  }
  return true
}

function startsGroup(run: Run, index: number): boolean {
  return index === 0 || run.gaps[index] !== ''
}

function endsGroup(run: Run, index: number): boolean {
  return index === run.digits.length - 1 || run.gaps[index + 1] !== ''
}

/** The longest card number that starts at `start`, as its end (exclusive), or -1. */
function cardEnd(run: Run, start: number): number {
  if (!hasIssuerPrefix(run.digits, start)) return -1
  const opensGroup = startsGroup(run, start)
  const longest = Math.min(MAX_DIGITS, run.digits.length - start)
  const first = run.digits[start] ?? 0
  const usualLength = first === 3 && [4, 7].includes(run.digits[start + 1] ?? 0) ? 15 : 16
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

function maskRun(text: string): string {
  const run = readRun(text)
  if (run.digits.length < MIN_DIGITS) return text
  let result = ''
  let copied = 0
  for (let start = 0; start <= run.digits.length - MIN_DIGITS; start++) {
    const end = cardEnd(run, start)
    if (end < 0) continue
    // Zeros joined in front are no part of a card number ("004111…"): they go with it.
    let from = start
    while (from > 0 && run.gaps[from] === '' && run.digits[from - 1] === 0) from--
    const last = run.digits.slice(end - 4, end).join('')
    result += `${text.slice(copied, run.at[from])}•••• ${last}`
    copied = (run.at[end - 1] ?? 0) + 1
    start = end - 1
  }
  return copied === 0 ? text : result + text.slice(copied)
}

/** `maskCardNumbers` of text already passed through `foldDigits`. */
export function maskFoldedCardNumbers(text: string): string {
  return text.replace(DIGIT_RUN, (run: string, uuid: string | undefined) =>
    uuid === undefined ? maskRun(run) : run,
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
