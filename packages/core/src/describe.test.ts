import { describe as suite, expect, it } from 'vitest'
import { classify } from './classify.js'
import { describe } from './describe.js'
import { de } from './locales/de.js'
import { en } from './locales/en.js'
import { es } from './locales/es.js'
import { fr } from './locales/fr.js'
import type { Recourse } from './types.js'

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

suite('describe', () => {
  it('given a reason without copy of its own, uses its kind copy', () => {
    expect(describe(recourse({ reason: 'forbidden' })).title).toBe(
      'We cannot complete this right now',
    )
  })

  it('given an unknown outcome, tells the customer not to pay again', () => {
    const description = describe(recourse({ reason: 'outcome-unknown', reference: 'REF-1' }))
    expect(description.body).toMatch(/^Do not pay again/)
    expect(description.reference).toBe('Reference: REF-1')
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

  it('given a safe server message, shows it; otherwise the catalog body', () => {
    expect(
      describe(
        recourse({ kind: 'declined', reason: 'declined', message: 'Your card was declined.' }),
      ).body,
    ).toBe('Your card was declined.')
    expect(describe(recourse({ kind: 'declined', reason: 'declined' })).body).toBe(
      'Your card provider did not accept this payment.',
    )
  })

  it('given field errors, words each by its code and text, with the form label when known', () => {
    const description = describe(
      recourse({
        kind: 'fix-input',
        reason: 'invalid-input',
        fields: [
          {
            field: 'subjectType',
            code: 'format.invalid',
            message: "The field 'subjectType' has an invalid format.",
          },
          { field: 'active', code: 'field.required', message: "The 'active' field is missing." },
          { field: 'consumerKey', message: "The 'consumerKey' parameter has an invalid length." },
          { field: 'Currency', message: 'The code XPX cannot be found in the standard ISO 4217' },
        ],
      }),
      { labels: { active: 'whether the subscription is active', consumerKey: 'consumer key' } },
    )
    expect(description.fields).toEqual([
      { field: 'subjectType', message: 'Enter this in the right format' },
      { field: 'active', message: 'Enter whether the subscription is active' },
      { field: 'consumerKey', message: 'Consumer key is too long or too short' },
      { field: 'Currency', message: 'Check this value' },
    ])
  })

  it("given app overrides, lays them over the catalog, including copy for the app's own reasons", () => {
    const description = describe(recourse({ kind: 'retry-later', reason: 'brewing' }), {
      overrides: {
        reasons: { brewing: { title: 'The teapot is busy' } },
        kinds: { 'retry-later': { action: 'Ask again' } },
      },
    })
    expect(description).toMatchObject({
      title: 'The teapot is busy',
      action: 'Ask again',
      body: 'This should work if you try again shortly.',
    })
  })

  it('given a card number in a safe provider message, masks it', () => {
    const description = describe(
      classify({
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            message: 'Card 4111-1111-1111-1111 declined',
          },
        },
      }),
    )
    expect(description.body).toBe('Card •••• 1111 declined')
  })
})

suite('describe, given server field names that Object.prototype also has', () => {
  it('words them as unlabelled fields, never with an inherited member as their label', () => {
    const fields = ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((field) => ({
      field,
      message: 'invalid',
    }))
    const description = describe(recourse({ kind: 'fix-input', reason: 'invalid-input', fields }), {
      labels: {},
    })
    for (const { message } of description.fields) {
      expect(message).not.toMatch(/function|native code/)
      expect(message).toBe(
        en.unlabelledFields.invalid.charAt(0).toUpperCase() + en.unlabelledFields.invalid.slice(1),
      )
    }
  })
})
