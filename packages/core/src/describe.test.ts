import { describe as suite, expect, it } from 'vitest'
import { classify } from './classify.js'
import { describe } from './describe.js'
import { de } from './locales/de.js'
import { en } from './locales/en.js'
import { es } from './locales/es.js'
import { fr } from './locales/fr.js'
import type { FieldError, Recourse } from './types.js'

const recourse = (overrides: Partial<Recourse>): Recourse => ({
  kind: 'contact-support',
  reason: 'server-error',
  dialect: 'generic',
  fields: [],
  retry: { allowed: false },
  processed: 'no',
  repeatWith: 'new-key',
  trail: [],
  ...overrides,
})

const invalid = (fields: FieldError[]): Recourse =>
  recourse({ kind: 'fix-input', reason: 'invalid-input', fields })

suite('describe, the notice', () => {
  it('given a reason without copy of its own, uses its kind copy, and says no payment was taken when none was', () => {
    const refused = describe(recourse({ reason: 'forbidden', status: 403, processed: 'no' }))
    expect(refused.title).toBe('We could not complete this')
    expect(refused.body).toBe('No payment was taken. Contact support so they can look into it.')
    // A 401/403 is not temporary: nothing says "right now" or "at the moment".
    expect(`${refused.title} ${refused.body}`).not.toMatch(/right now|at the moment|for now/i)
    // A query (a list, a balance) takes no payment: nothing to say about one.
    const read = describe(recourse({ reason: 'forbidden', status: 403, processed: 'no' }), {
      origin: 'query',
    })
    expect(read.body).toBe('Contact support so they can look into it.')
  })

  it('given a failure that may have taken a payment, never says none was taken', () => {
    const maybe = describe(recourse({ reason: 'server-error', processed: 'maybe' }))
    expect(maybe.body).toBe('Contact support so they can look into it.')
    const paid = describe(recourse({ kind: 'declined', reason: 'declined', processed: 'yes' }))
    expect(paid.body).not.toMatch(/no payment/i)
  })

  it('given details to correct, says nothing about payments', () => {
    expect(describe(invalid([])).body).not.toMatch(/payment/i)
  })

  it('given an unknown outcome, tells the customer not to pay again, with the reference introduced once', () => {
    const description = describe(
      recourse({ reason: 'outcome-unknown', reference: 'REF-1', processed: 'maybe' }),
    )
    expect(description.body).toMatch(/^Do not pay again/)
    expect(description.reference).toBe('Reference: REF-1')
    for (const catalog of [en, es, fr, de]) {
      const shown = describe(recourse({ reference: 'REF-1' }), { catalog }).reference ?? ''
      // The catalog's template introduces the reference exactly once.
      expect(shown.split('REF-1')[0]?.trim(), catalog.locale).toBe(
        catalog.reference.split('{reference}')[0]?.trim(),
      )
    }
  })

  it('given no reference, says nothing of one (the copy cannot know whether a reference follows)', () => {
    const description = describe(classify(new Error('something broke')))
    expect(description.reference).toBeUndefined()
    expect(description.body).not.toMatch(/reference/i)
    for (const catalog of [en, es, fr, de]) {
      const copies = [...Object.values(catalog.kinds), ...Object.values(catalog.reasons)]
      for (const copy of copies) expect(copy.body ?? '').not.toMatch(/below|abajo|dessous|unten/i)
    }
  })

  it('given a decline, does not say "declined" twice', () => {
    const { title, body } = describe(recourse({ kind: 'declined', reason: 'declined' }))
    expect(title).toBe('Your payment was declined')
    expect(body).not.toMatch(/declin|did not accept/i)
  })

  it('given a rate limit, does not blame the customer for the merchant’s limit', () => {
    const { title, body } = describe(
      recourse({ kind: 'retry-later', reason: 'rate-limited', retry: { allowed: true } }),
    )
    expect(`${title} ${body}`).not.toMatch(/too many attempts|you (have )?tried/i)
    expect(title).toBe('The system is busy')
  })

  it('given a timeout that may be sent again, says it ended and that trying again is safe', () => {
    const { title, body, action } = describe(
      recourse({
        kind: 'retry-later',
        reason: 'timeout',
        retry: { allowed: true },
        processed: 'maybe',
        repeatWith: 'same-key',
      }),
    )
    expect(title).not.toMatch(/taking too long/i)
    expect(body).toMatch(/timed out/)
    expect(body).toMatch(/safe to try again: you will not be charged twice/)
    expect(action).toBe('Try again')
  })

  it('given a temporary failure that must not be sent again, never offers to try again', () => {
    // No payment taken: it did not go through; support can help.
    const stopped = describe(
      recourse({ kind: 'retry-later', reason: 'rate-limited', retry: { allowed: false } }),
    )
    expect(stopped).toMatchObject({
      title: 'This did not go through',
      body: 'No payment was taken. Contact support so they can look into it.',
      action: 'Contact support',
    })
    // A payment may have been taken: the unknown outcome's words.
    const unsure = describe(
      recourse({
        kind: 'retry-later',
        reason: 'timeout',
        retry: { allowed: false },
        processed: 'maybe',
      }),
    )
    expect(unsure.title).toBe(en.reasons['outcome-unknown'].title)
    expect(unsure.body).toMatch(/^Do not pay again/)
  })

  it('given the same problem on three providers, words it the same, whatever text each sends', () => {
    const stripe = classify(
      {
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'insufficient_funds',
            message: 'Your card has insufficient funds.',
          },
        },
      },
      { method: 'POST', idempotent: true },
    )
    const tabapay = classify(
      { status: 200, body: { SC: 200, EC: '0', status: 'FAILED', networkRC: '51' } },
      { method: 'POST', idempotent: true },
    )
    const mangopay = classify(
      {
        status: 200,
        body: {
          Id: '1',
          Status: 'FAILED',
          ResultCode: '001001',
          ResultMessage: 'Unsufficient wallet balance',
        },
      },
      { method: 'POST', idempotent: true },
    )
    expect(stripe.message).toBe('Your card has insufficient funds.')
    const words = [stripe, tabapay, mangopay].map((failure) => {
      const { title, body, action } = describe(failure)
      return { title, body, action }
    })
    expect(words[0]).toEqual({
      title: 'Your payment was declined',
      body: 'No payment was taken. There is not enough money in the account for this payment.',
      action: 'Use another card or payment method',
    })
    expect(words[1]).toEqual(words[0])
    expect(words[2]).toEqual(words[0])
  })

  it("given app overrides, lays them over the catalog, including copy for the app's own reasons", () => {
    const description = describe(
      recourse({ kind: 'retry-later', reason: 'brewing', retry: { allowed: true } }),
      {
        overrides: {
          reasons: { brewing: { title: 'The teapot is busy' } },
          kinds: { 'retry-later': { action: 'Ask again' } },
        },
      },
    )
    expect(description).toMatchObject({
      title: 'The teapot is busy',
      action: 'Ask again',
      body: 'It is safe to try again in a few moments.',
    })
    // The app's own body is said as it is, and `notTaken: ''` turns the payment sentence off.
    expect(
      describe(recourse({ reason: 'brewing' }), {
        overrides: { reasons: { brewing: { body: 'Ask the kitchen.' } } },
      }).body,
    ).toBe('Ask the kitchen.')
    expect(describe(recourse({ reason: 'not-found' }), { overrides: { notTaken: '' } }).body).toBe(
      'Contact support so they can look into it.',
    )
  })

  it('given a card number in a safe provider message, never shows it', () => {
    const failure = classify({
      status: 402,
      body: {
        error: {
          type: 'card_error',
          code: 'card_declined',
          message: 'Card 4111-1111-1111-1111 declined',
        },
      },
    })
    const { title, body, action } = describe(failure)
    expect(`${title} ${body} ${action}`).not.toMatch(/1111|Card .* declined/)
  })
})

suite('describe, field messages', () => {
  it('given a Stripe amount_too_small, states the minimum from the body', () => {
    // Stripe's convention (https://docs.stripe.com/error-codes#amount-too-small): the minimum is in the text.
    const failure = classify(
      {
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'amount_too_small',
            param: 'amount',
            message: 'Amount must be at least £0.50 gbp',
          },
        },
      },
      { method: 'POST' },
    )
    expect(describe(failure).fields).toEqual([
      { field: 'amount', name: 'amount', message: 'Enter an amount of at least £0.50' },
    ])
    // Without a minimum in the text, it says so without a number; with the app's own, it uses that.
    const bare: FieldError = { field: 'amount', code: 'amount_too_small', message: '' }
    expect(describe(invalid([bare])).fields[0]?.message).toBe('Enter a larger amount')
    expect(describe(invalid([bare]), { fields: { amount: { min: 1 } } }).fields[0]?.message).toBe(
      'Enter an amount of at least 1',
    )
  })

  it('given Mastercard INVALID_INPUT_LENGTH on the postcode, uses the length message, with the limit the form states', () => {
    const failure = invalid([
      {
        field: 'sender.address.postal_code',
        code: 'INVALID_INPUT_LENGTH',
        message: 'Invalid Input Length',
      },
    ])
    const fieldNames = { 'sender.address.postal_code': 'postcode' }
    expect(
      describe(failure, { fieldNames, labels: { postcode: 'the billing postcode' } }).fields,
    ).toEqual([
      {
        field: 'sender.address.postal_code',
        name: 'postcode',
        message: 'The billing postcode is too long or too short',
      },
    ])
    expect(
      describe(failure, {
        fieldNames,
        fields: { postcode: { label: 'the billing postcode', maxLength: 8 } },
      }).fields[0]?.message,
    ).toBe('The billing postcode must be 8 characters or fewer')
    expect(
      describe(invalid([{ field: 'zip', message: 'The postcode is too long' }]), {
        labels: { zip: 'the postcode' },
      }).fields[0]?.message,
    ).toBe('The postcode is too long')
  })

  it('given Mastercard INVALID_INPUT_VALUE on the amount, says how to write an amount, not "check"', () => {
    const message = describe(
      invalid([{ field: 'amount', code: 'INVALID_INPUT_VALUE', message: 'Invalid Input Value' }]),
    ).fields[0]?.message
    expect(message).toBe('Enter the amount as a number, like 12.50')
  })

  it('given a wrong security code, says what to enter, on every provider that marks the field', () => {
    const stripe = classify({
      status: 402,
      body: {
        error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: 'x' },
      },
    })
    const tabapay = classify(
      { status: 200, body: { SC: 200, EC: '0', status: 'FAILED', networkRC: 'N7' } },
      { method: 'POST', idempotent: true },
    )
    const mangopay = classify(
      { status: 200, body: { Id: '1', Status: 'FAILED', ResultCode: '105204' } },
      { method: 'POST', idempotent: true },
    )
    for (const failure of [stripe, tabapay, mangopay]) {
      expect(failure).toMatchObject({ kind: 'fix-input', reason: 'incorrect-cvc' })
      expect(failure.fields).toHaveLength(1)
      expect(describe(failure).fields[0]?.message, failure.dialect).toBe(
        'Enter the 3 or 4 digit security code',
      )
    }
    expect(
      describe(tabapay, {
        fieldNames: { 'accounts.sourceAccount.card.securityCode': 'cvc' },
        labels: { cvc: 'the CVC' },
      }).fields,
    ).toEqual([
      {
        field: 'accounts.sourceAccount.card.securityCode',
        name: 'cvc',
        message: 'Enter the CVC: the 3 or 4 digits printed on your card',
      },
    ])
  })

  it('given a select, words it "Select …"; a text input "Enter …"', () => {
    const failure = invalid([
      { field: 'country', code: 'field.required', message: 'country is required' },
      { field: 'city', code: 'field.required', message: 'city is required' },
    ])
    const { fields } = describe(failure, {
      fields: { country: { label: 'the country', control: 'select' }, city: { label: 'the city' } },
    })
    expect(fields.map(({ message }) => message)).toEqual(['Select the country', 'Enter the city'])
  })

  it('given a length range in the text, states it', () => {
    const message = describe(
      invalid([{ field: 'mcc', message: 'footprints[0].mcc: size must be between 1 and 4' }]),
      { labels: { mcc: 'the merchant category code' } },
    ).fields[0]?.message
    expect(message).toBe('The merchant category code must be between 1 and 4 characters')
  })

  it('given field errors, words each by its code and text, with the form label when known', () => {
    const description = describe(
      invalid([
        {
          field: 'subjectType',
          code: 'format.invalid',
          message: "The field 'subjectType' has an invalid format.",
        },
        { field: 'active', code: 'field.required', message: "The 'active' field is missing." },
        { field: 'consumerKey', message: "The 'consumerKey' parameter has an invalid length." },
        { field: 'Currency', message: 'The code XPX cannot be found in the standard ISO 4217' },
      ]),
      { labels: { active: 'whether the subscription is active', consumerKey: 'the consumer key' } },
    )
    expect(description.fields.map(({ message }) => message)).toEqual([
      'Enter this in the correct format',
      'Enter whether the subscription is active',
      'The consumer key is too long or too short',
      'Enter this again: it was not accepted',
    ])
  })

  it('given a field message in every locale, fills every placeholder', () => {
    const failure = invalid([
      { field: 'amount', code: 'amount_too_small', message: '', limits: { min: '€0.50' } },
      { field: 'name', message: 'too long' },
    ])
    for (const catalog of [en, es, fr, de]) {
      const { fields } = describe(failure, {
        catalog,
        fields: { name: { label: 'name', maxLength: 20 } },
      })
      for (const { message } of fields) expect(message, catalog.locale).not.toMatch(/[{}]/)
      expect(fields[0]?.message).toContain('€0.50')
      expect(fields[1]?.message).toContain('20')
    }
  })
})

suite('describe, given server field names that Object.prototype also has', () => {
  it('words them as unlabelled fields, never with an inherited member as their label, name or facts', () => {
    const fields = ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((field) => ({
      field,
      message: 'invalid',
    }))
    const description = describe(invalid(fields), { labels: {}, fieldNames: {}, fields: {} })
    for (const { message, name, field } of description.fields) {
      expect(message).not.toMatch(/function|native code/)
      expect(message).toBe('Enter this again: it was not accepted')
      expect(name).toBe(field)
    }
  })

  it('ignores labels and facts that are not what the types say (data from elsewhere)', () => {
    const hostile = {
      labels: { cvc: 42 },
      fields: { cvc: 'select', amount: { label: 7, control: {}, min: 'NaN', max: Infinity } },
      fieldNames: { amount: null },
    } as unknown as Parameters<typeof describe>[1]
    const description = describe(
      invalid([
        { field: 'cvc', message: 'required' },
        { field: 'amount', code: 'amount_too_large', message: '' },
      ]),
      hostile,
    )
    expect(description.fields.map(({ message }) => message)).toEqual([
      'Enter the 3 or 4 digit security code',
      'Enter a smaller amount',
    ])
  })

  it('masks a card number that reaches a field message through a label', () => {
    const description = describe(invalid([{ field: 'note', message: 'required' }]), {
      labels: { note: 'card 4111 1111 1111 1111' },
    })
    expect(description.fields[0]?.message).not.toContain('4111 1111 1111 1111')
  })
})

suite('describe, given an app catalog written before the current keys existed', () => {
  it('never throws: missing field messages are English, a missing notTaken says nothing', () => {
    const { notTaken, cannotRetry, fields, unlabelledFields, ...older } = en
    void notTaken
    void cannotRetry
    const catalog = {
      ...older,
      fields: { required: fields.required },
      unlabelledFields: { required: unlabelledFields.required },
    } as unknown as typeof en
    const stopped = describe(
      recourse({ kind: 'retry-later', reason: 'rate-limited', retry: { allowed: false } }),
      { catalog },
    )
    expect(stopped.title).toBe(en.cannotRetry.title)
    expect(stopped.body).toBe(en.cannotRetry.body)
    expect(describe(invalid([{ field: 'cvc', message: '' }]), { catalog }).fields[0]?.message).toBe(
      'Enter the 3 or 4 digit security code',
    )
  })
})
