import { describe, expect, it } from 'vitest'
import { classify } from './classify.js'
import { maskSensitive } from './maskSensitive.js'

describe('maskSensitive', () => {
  it.each([
    ['CVC 123', 'CVC •••'],
    ['cvv2: 1234 rejected', 'cvv2: ••• rejected'],
    ['the security code is 987', 'the security code is •••'],
    ['CSC=042', 'CSC=•••'],
    ['mail jane.doe+shop@example.co.uk now', 'mail •••@••• now'],
    ["odd but valid !#$%&'*+/=?^`{|}~-@a.aa", 'odd but valid •••@•••'],
    [
      'CVC 123 for jane@example.com, card 4111 1111 1111 1111',
      'CVC ••• for •••@•••, card •••• 1111',
    ],
  ])('given %j, masks it', (input, output) => {
    expect(maskSensitive(input)).toBe(output)
  })

  it.each(['order 123 of 2026', 'amount 1234 EUR', 'HTTP 503', 'code 082000'])(
    'given %j, leaves it alone',
    (input) => {
      expect(maskSensitive(input)).toBe(input)
    },
  )

  it('given a provider message with all three, classify returns none of them', () => {
    const recourse = classify({
      status: 402,
      body: {
        error: {
          type: 'card_error',
          code: 'card_declined',
          message: 'cvc 321 of ada@example.org on 5555-5555-5555-4444',
        },
      },
    })
    expect(recourse.message).toBe('cvc ••• of •••@••• on •••• 4444')
  })
})
