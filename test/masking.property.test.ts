import { inspect } from 'node:util'
import {
  classify,
  describe as describeRecourse,
  maskError,
  RecourseFetchError,
} from '@recourse/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
// Not public: what every text the kit keeps goes through, from the source.
import { maskSensitive } from '../packages/core/src/maskSensitive.ts'

// Test card numbers of the networks (Visa, Mastercard 5- and 2-series, Amex, Discover, JCB, UnionPay, Mir-like).
const CARDS = [
  '4111111111111111',
  '4242424242424242',
  '5555555555554444',
  '2223003122003222',
  '378282246310005',
  '6011111111111117',
  '3566002020360505',
  '6200000000000005',
]
const SEPARATORS = [
  '',
  ' ',
  '  ',
  '-',
  ' - ',
  '–',
  '—',
  ' — ',
  '−',
  ',',
  ', ',
  '|',
  ' | ',
  ':',
  '.',
  '/',
  '_',
  '\u00a0',
  '\u2009',
  '\u200b',
  '\u00ad',
]
// The zero of each script's digits; NFKC folds full-width and mathematical digits, the others map by their zero.
const DIGIT_ZEROS = [0x30, 0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1d7ce]

function writeDigits(digits: string, zero: number): string {
  return [...digits].map((digit) => String.fromCodePoint(zero + Number(digit))).join('')
}

/** Every digit of text, of any script, as ASCII. */
function digitsOf(text: string): string {
  return [...text.normalize('NFKC')]
    .map((char) => {
      if (!/\p{Nd}/u.test(char)) return ''
      const code = char.codePointAt(0) ?? 0
      const zero = DIGIT_ZEROS.find((start) => code >= start && code < start + 10)
      return zero === undefined ? char : String(code - zero)
    })
    .join('')
}

/** The digit sequences of text, of any script, as ASCII, with what stands between digits dropped: a card number
 * written with any separators shows whole. Masked numbers ("•••• 4242") are left out, so that two of them side by
 * side do not read as one. */
function digitRunsOf(text: string): string[] {
  return text
    .split(/•••• \S{1,4}/)
    .map((part) => digitsOf(part.replace(/\p{L}+/gu, ' ')))
    .filter(Boolean)
}

/** Text with no digit in any script, even once NFKC has folded it (① and ¹ are digits then). */
const noise = fc
  .string({ maxLength: 20, unit: 'grapheme' })
  .filter((text) => !/\p{Nd}/u.test(text.normalize('NFKC')))

const writtenCard = fc
  .record({
    card: fc.constantFrom(...CARDS),
    separator: fc.constantFrom(...SEPARATORS),
    zero: fc.constantFrom(...DIGIT_ZEROS),
  })
  .map(({ card, separator, zero }) => {
    const groups = card.length === 15 ? [4, 6, 5] : [4, 4, 4, 4]
    const parts: string[] = []
    let at = 0
    for (const size of groups) {
      parts.push(writeDigits(card.slice(at, at + size), zero))
      at += size
    }
    return { card, written: parts.join(separator) }
  })

describe('maskSensitive, for card numbers however they are written', () => {
  it('keeps no digit but the last four, whatever the separator, the script of the digits, and the text around', () => {
    fc.assert(
      fc.property(writtenCard, noise, noise, ({ card, written }, before, after) => {
        const masked = maskSensitive(`${before} ${written} ${after}`)
        expect(digitsOf(masked)).toBe(card.slice(-4))
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps a card number out of what classify and describe return, wherever the provider put it', () => {
    fc.assert(
      fc.property(writtenCard, noise, ({ card, written }, text) => {
        const message = `${text} ${written} ${text}`
        const recourse = classify({
          status: 422,
          body: {
            type: 'about:blank',
            title: message,
            detail: message,
            errors: [{ pointer: `#/${message}`, detail: message, code: message }],
          },
        })
        const shown = JSON.stringify([recourse, describeRecourse(recourse)])
        for (const digits of digitRunsOf(shown)) expect(digits).not.toContain(card.slice(0, 12))
      }),
      { numRuns: 300 },
    )
  })
})

describe('maskSensitive, for security codes written the usual ways', () => {
  const label = fc.constantFrom(
    'cvc',
    'CVC',
    'cvv',
    'CVV2',
    'cvc2',
    'csc',
    'security code',
    'security_code',
    'card_cvc',
    'card_code',
  )
  const style = fc.constantFrom(
    (name: string, code: string) => `${name} ${code}`,
    (name: string, code: string) => `${name}: ${code}`,
    (name: string, code: string) => `${name} is ${code}`,
    (name: string, code: string) => `"${name}": "${code}"`,
    (name: string, code: string) => `"${name}":"${code}"`,
    (name: string, code: string) => `'${name}': '${code}'`,
    (name: string, code: string) => `{'${name}': ${code}}`,
    (name: string, code: string) => `${name}=${code}&`,
    (name: string, code: string) => `<${name}>${code}</${name}>`,
  )

  it('keeps none of the code, in any script', () => {
    fc.assert(
      fc.property(
        label,
        style,
        fc.integer({ min: 100, max: 9999 }),
        fc.constantFrom(...DIGIT_ZEROS),
        noise,
        (name, write, value, zero, text) => {
          const code = writeDigits(String(value), zero)
          const masked = maskSensitive(`${text} ${write(name, code)} ${text}`)
          expect(digitsOf(masked)).not.toContain(String(value))
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('maskSensitive, for what identifies no card or account', () => {
  const reference = fc.oneof(
    fc.stringMatching(/^(req|pi|ch|pm|evt)_[A-Za-z0-9]{14,24}$/),
    fc.uuid(),
    fc.integer({ min: 0, max: 9_999_999_999 }).map(String),
    fc.stringMatching(/^(ORD|INV|TXN|REF|CID|PAY)-[0-9]{4,10}$/),
  )
  const amount = fc
    .record({
      cents: fc.integer({ min: 0, max: 99_999_999_999 }),
      locale: fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'en-IN', 'ja-JP', 'de-CH'),
      currency: fc.constantFrom('EUR', 'USD', 'JPY', 'INR', 'CHF'),
    })
    .map(({ cents, locale, currency }) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100),
    )
  const date = fc
    .record({
      at: fc.date({
        min: new Date('1970-01-01'),
        max: new Date('2100-01-01'),
        noInvalidDate: true,
      }),
      locale: fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR', 'sv-SE', 'ja-JP'),
    })
    .chain(({ at, locale }) =>
      fc.constantFrom(
        at.toISOString(),
        at.toISOString().slice(0, 19).replace('T', ' '),
        at.toUTCString(),
        at.toLocaleString(locale, { timeZone: 'UTC' }),
        at.toLocaleDateString(locale, { timeZone: 'UTC' }),
        at.toLocaleString('de-DE', { timeZone: 'UTC' }).replace(',', ''),
      ),
    )

  it('leaves references, amounts and dates exactly as they were', () => {
    fc.assert(
      fc.property(fc.oneof(reference, amount, date), noise, (value, text) => {
        const written = `${text} ${value} ${text}`
        expect(maskSensitive(written)).toBe(written)
      }),
      { numRuns: 2000 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// maskError: what reaches an error boundary (and React's console.error) carries only masked text, and classify
// reads it as it reads the failure itself.

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'card 4111 1111 1111 1111 declined',
    'cvc: 123',
    'ada@example.org',
    'Failed to fetch',
    'iban:DE89370400440532013000',
    'card_declined',
    'insufficient_funds',
  ),
)
const body = fc.oneof(
  fc.record({
    error: fc.record(
      {
        type: fc.constantFrom('card_error', 'invalid_request_error', 'api_error'),
        code: fc.oneof(text, fc.constantFrom('card_declined', 'incorrect_cvc', 'rate_limit')),
        decline_code: fc.constantFrom('insufficient_funds', 'fraudulent', 'generic_decline'),
        message: text,
        param: text,
      },
      { requiredKeys: ['type'] },
    ),
  }),
  fc.record({
    Errors: fc.record({
      Error: fc.array(
        fc.record({
          Source: text,
          ReasonCode: fc.constantFrom('DECLINE', 'INVALID_INPUT_VALUE', 'SYSTEM_ERROR'),
          Description: text,
          Recoverable: fc.boolean(),
          Details: fc.oneof(text, fc.constant(null)),
        }),
        { maxLength: 3 },
      ),
    }),
  }),
  fc.record({
    type: fc.constant('about:blank'),
    title: text,
    status: fc.constantFrom(400, 422, 409),
    detail: text,
    errors: fc.array(fc.record({ pointer: text, detail: text, code: text }), { maxLength: 3 }),
  }),
  fc.record({ Message: text, Type: text, Id: text, errors: fc.dictionary(text, text) }),
  fc.jsonValue(),
  text,
)
const headers = fc.dictionary(
  fc.constantFrom('Retry-After', 'Request-Id', 'Idempotency-Key', 'Stripe-Should-Retry'),
  fc.oneof(fc.constantFrom('2', '120', 'true', 'false', 'req_123'), text),
)
const status = fc.constantFrom(400, 402, 404, 409, 422, 429, 500, 502, 503, 504)
const method = fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE')
const failure = fc.oneof(
  fc.record({ status, headers, body }, { requiredKeys: ['status'] }),
  fc.record({ status, headers, body, method, idempotent: fc.boolean() }).map(
    (facts) =>
      new RecourseFetchError({
        ...facts,
        source: 'http',
        url: 'https://api.test/pay?email=a@b.co',
      }),
  ),
  fc
    .record({ status, headers, body, method, key: fc.boolean() })
    .map(({ status, headers, body, method, key }) =>
      Object.assign(new Error(`Request failed with status code ${status}`), {
        isAxiosError: true,
        response: { status, headers, data: body },
        config: {
          method: method.toLowerCase(),
          headers: key ? { 'Idempotency-Key': 'k' } : {},
          data: '{"number":"4111111111111111","cvc":"123"}',
        },
      }),
    ),
  text.map((message) => new Error(message)),
  text.map((message) => new TypeError(message)),
  fc.constantFrom(
    new TypeError('Failed to fetch'),
    new DOMException('The operation timed out.', 'TimeoutError'),
    new DOMException('aborted', 'AbortError'),
  ),
  text,
  body,
)
const context = fc.record(
  { method, idempotent: fc.boolean(), now: fc.constant(Date.parse('2026-11-30T10:00:00Z')) },
  { requiredKeys: ['now'] },
)

describe('maskError, for any failure', () => {
  it('is classified exactly as the failure itself', () => {
    fc.assert(
      fc.property(failure, context, (input, ctx) => {
        expect(classify(maskError(input), ctx)).toEqual(classify(input, ctx))
      }),
      { numRuns: 2000 },
    )
  })

  it('carries no card number, security code or email, however deep one looks', () => {
    fc.assert(
      fc.property(failure, (input) => {
        const shown = inspect(maskError(input), { depth: null, showHidden: true })
        expect(digitsOf(shown)).not.toContain('4111111111111111')
        expect(shown).not.toMatch(/cvc\W{0,6}123/i)
        expect(shown).not.toContain('ada@example.org')
        expect(shown).not.toContain('a@b.co')
        expect(shown).not.toContain('DE89370400440532013000')
      }),
      { numRuns: 500 },
    )
  })

  it('returns a masked error as it is', () => {
    const masked = maskError(new Error('card 4111 1111 1111 1111'))
    expect(maskError(masked)).toBe(masked)
  })
})
