import { classify } from '@recourse/core'
import { fr } from '@recourse/core/locales/fr'
import { describe, expect, it } from 'vitest'
import { byName, listFieldErrors, type FieldErrorOptions } from './fieldErrors.js'
import type { Recourse } from '@recourse/core'

const toFieldErrors = (recourse: Recourse, options?: FieldErrorOptions) =>
  byName(listFieldErrors(recourse, options))

const tabapayRouting = classify({
  status: 400,
  body: { SC: 400, EC: '3C5E1221', EM: 'accounts.destinationAccount.bank.routingNumber' },
})
const mangopayCurrency = classify({
  status: 400,
  body: {
    Type: 'param_error',
    Id: 'x',
    Message: 'm',
    errors: { Currency: 'The code XPX cannot be found', AuthorId: 'required' },
  },
})

describe('toFieldErrors', () => {
  it('given a field map and labels by form name, keys messages by form field and names the label', () => {
    expect(
      toFieldErrors(tabapayRouting, {
        fieldMap: { 'accounts.destinationAccount.bank.routingNumber': 'routingNumber' },
        labels: { routingNumber: 'routing number' },
      }),
    ).toEqual({ routingNumber: 'Enter routing number again: it was not accepted' })
  })

  it('given no field map, keys by the API path', () => {
    expect(toFieldErrors(mangopayCurrency)).toEqual({
      Currency: 'Enter this again: it was not accepted',
      AuthorId: 'Enter a value',
    })
  })

  it('given a catalog, words the messages in its language', () => {
    expect(toFieldErrors(mangopayCurrency, { catalog: fr }).Currency).toBe(
      fr.unlabelledFields.invalid,
    )
  })

  it('given two API fields mapped to one form field, keeps the first message', () => {
    expect(
      toFieldErrors(mangopayCurrency, { fieldMap: { Currency: 'amount', AuthorId: 'amount' } }),
    ).toEqual({
      amount: 'Enter this again: it was not accepted',
    })
  })
})

describe('toFieldErrors, given server field names that Object.prototype also has', () => {
  const prototypeNames = classify({
    status: 400,
    body: {
      Type: 'param_error',
      Id: 'x',
      Message: 'm',
      errors: JSON.parse(
        '{"constructor":"required","__proto__":"required","toString":"required"}',
      ) as unknown,
    },
  })

  it('words each as an unlabelled field and keys it by its own name', () => {
    const errors = toFieldErrors(prototypeNames)
    expect(Object.keys(errors).sort()).toEqual(['__proto__', 'constructor', 'toString'])
    for (const name of ['constructor', '__proto__', 'toString']) {
      expect(Object.getOwnPropertyDescriptor(errors, name)?.value).toBe('Enter a value')
    }
    expect(JSON.stringify(Object.entries(errors))).not.toContain('native code')
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype)
  })

  it('takes only the labels and field map entries the app gave', () => {
    const errors = toFieldErrors(prototypeNames, {
      fieldMap: { toString: 'cardName' },
      labels: { cardName: 'name on card' },
    })
    expect(errors).toEqual(
      Object.fromEntries([
        ['constructor', 'Enter a value'],
        ['__proto__', 'Enter a value'],
        ['cardName', 'Enter name on card'],
      ]),
    )
  })
})
