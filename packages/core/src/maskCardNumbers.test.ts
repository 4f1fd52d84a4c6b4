import { describe, expect, it } from 'vitest'
import { maskCardNumbers } from './maskCardNumbers.js'

describe('maskCardNumbers', () => {
  it.each([
    ['4242424242424242', '•••• 4242'],
    ['4111 1111 1111 1111', '•••• 1111'],
    ['5555-5555-5555-4444', '•••• 4444'],
    ['378282246310005', '•••• 0005'],
    ['6011111111111117', '•••• 1117'],
    ['card 4000056655665556 refused', 'card •••• 5556 refused'],
  ])('given Luhn-valid %j, keeps only the last four digits', (input, output) => {
    expect(maskCardNumbers(input)).toBe(output)
  })

  it.each(['4242424242424241', '1700000000', '2026-11-22', 'order 123456789012'])(
    'given %j, which is no card number, leaves it alone',
    (input) => {
      expect(maskCardNumbers(input)).toBe(input)
    },
  )
})

describe('maskCardNumbers, given digits next to a card number', () => {
  it.each([
    ['0 4111111111111111 0', '0 •••• 1111 0'],
    ['ref 12 4111 1111 1111 1111', 'ref 12 •••• 1111'],
    ['4242 4242 4242 4242-7', '•••• 4242-7'],
  ])('given %j, still masks the card number inside', (input, output) => {
    expect(maskCardNumbers(input)).toBe(output)
  })
})

it('given a card number joined to leading zeros, masks it', () => {
  expect(maskCardNumbers('004111111111111111')).toBe('•••• 1111')
})

describe('maskCardNumbers, given other separators', () => {
  it.each([
    ['Card 4111.1111.1111.1111 declined', 'Card •••• 1111 declined'],
    ['4111_1111_1111_1111', '•••• 1111'],
    ['4111/1111/1111/1111', '•••• 1111'],
    ['4111\u00a01111\u00a01111\u00a01111', '•••• 1111'],
    ['4111  1111  1111  1111', '•••• 1111'],
  ])('given %j, masks it', (input, output) => {
    expect(maskCardNumbers(input)).toBe(output)
  })

  it('given a date or an IP address, leaves it alone', () => {
    expect(maskCardNumbers('2026/11/22 10.0.0.1')).toBe('2026/11/22 10.0.0.1')
  })
})

describe('maskCardNumbers, given the separators people and gateways write', () => {
  it.each([
    ['4242 - 4242 - 4242 - 4242', '•••• 4242'],
    ['4242–4242–4242–4242', '•••• 4242'],
    ['4242 — 4242 — 4242 — 4242', '•••• 4242'],
    ['4242,4242,4242,4242', '•••• 4242'],
    ['4242 | 4242 | 4242 | 4242', '•••• 4242'],
    ['4242:4242:4242:4242', '•••• 4242'],
    ['4242\u200b4242\u200b4242\u200b4242', '•••• 4242'],
    ['4242\u00ad4242\u00ad4242\u00ad4242', '•••• 4242'],
    ['4242\u20094242\u20094242\u20094242', '•••• 4242'],
    ['4242−4242−4242−4242', '•••• 4242'],
  ])('given %j, masks it', (input, output) => {
    expect(maskCardNumbers(input)).toBe(output)
  })
})

describe('maskCardNumbers, given digits of other scripts', () => {
  it.each([
    ['full-width', '４２４２４２４２４２４２４２４２', '•••• 4242'],
    ['Arabic-Indic', '٤١١١١١١١١١١١١١١١', '•••• 1111'],
    ['Extended Arabic-Indic', '۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱۱۱', '•••• 1111'],
    ['Devanagari', '४२४२४२४२४२४२४२४२', '•••• 4242'],
    ['mathematical bold', '𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐𝟒𝟐', '•••• 4242'],
  ])('given %s digits, masks the card number', (_, input, output) => {
    expect(maskCardNumbers(`card ${input} refused`)).toBe(`card ${output} refused`)
  })

  it('given other-script digits that are no card number, returns the text as it was', () => {
    expect(maskCardNumbers('الطلب ١٢٣٤ بتاريخ ٢٠٢٦')).toBe('الطلب ١٢٣٤ بتاريخ ٢٠٢٦')
    expect(maskCardNumbers('Betrag：１２３，４５ €')).toBe('Betrag：１２３，４５ €')
  })
})

describe('maskCardNumbers, given extra digits joined to a card number', () => {
  it.each([
    ['41111111111111117', '•••• 11117'],
    ['74111111111111111', '7•••• 1111'],
    ['ref 3782822463100051', 'ref •••• 00051'],
    ['4111111111111111 4242424242424242', '•••• 1111 •••• 4242'],
  ])('given %j, masks the card number inside', (input, output) => {
    expect(maskCardNumbers(input)).toBe(output)
  })
})

describe('maskCardNumbers, given what is no card number', () => {
  it.each([
    ['a date and time', '30.11.2026 10:30:00'],
    ['an ISO date and time', '2026-11-30 10:30:00'],
    ['a year', 'since 2026-11-22 12:00'],
    ['an amount', '€1,234,567.89'],
    ['a US phone number', '+1 (415) 555-0100'],
    ['a long numeric id that starts like no card', '1000000000000000000000'],
  ])('given %s, leaves it alone', (_, input) => {
    expect(maskCardNumbers(input)).toBe(input)
  })
})

it('given a card number a JSON Pointer turned into a field path, masks it', () => {
  expect(maskCardNumbers(': 4111[1111][1111].1111 :')).toBe(': •••• 1111 :')
})
