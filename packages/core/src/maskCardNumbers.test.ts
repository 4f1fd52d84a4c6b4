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
