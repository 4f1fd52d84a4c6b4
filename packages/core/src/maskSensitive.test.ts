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

describe('maskSensitive, given a security code written as a key', () => {
  it.each([
    ['{"cvc": "123"}', '{"cvc": "•••"}'],
    ["{'cvc': '123'}", "{'cvc': '•••'}"],
    ['card_cvc: 123', 'card_cvc: •••'],
    ['{"security_code":"1234"}', '{"security_code":"•••"}'],
    ['cvv=987&x=1', 'cvv=•••&x=1'],
    ['ＣＶＣ　１２３', 'CVC •••'],
  ])('given %j, masks the code', (input, output) => {
    expect(maskSensitive(input)).toBe(output)
  })

  it.each(['acid 123', 'decided 1234 times', 'cvc_check: pass', 'cvc 12/2026'])(
    'given %j, leaves it alone',
    (input) => {
      expect(maskSensitive(input)).toBe(input)
    },
  )
})

describe('maskSensitive, given bank accounts', () => {
  it.each([
    ['iban:DE89370400440532013000', 'iban:•••• 3000'],
    ['pan:5555555555554444;exp=2099-08;cvc=123', 'pan:•••• 4444;exp=2099-08;cvc=•••'],
    ['pan:5555555555554445', 'pan:•••• 4445'],
    ['ban:123456789;bic=DEUTDEFF', 'ban:•••• 6789;bic=DEUTDEFF'],
    ['to GB82 WEST 1234 5698 7654 32 today', 'to •••• 5432 today'],
    ['IBAN DE89370400440532013000.', 'IBAN •••• 3000.'],
  ])('given %j, keeps the scheme and the last four', (input, output) => {
    expect(maskSensitive(input)).toBe(output)
  })

  it.each(['Japan: 12345', 'span:123', 'DE89370400440532013001', 'ref AB12CDEF34567890'])(
    'given %j, which holds no account, leaves it alone',
    (input) => {
      expect(maskSensitive(input)).toBe(input)
    },
  )
})
