// The recipe of docs/providers.md ("Your own provider"), end to end: an app registers a dialect of its own, with a
// name Recourse has never heard of, beside a built-in one.
import {
  classify,
  createClassifier,
  describe as describeRecourse,
  type Dialect,
} from '@recourse/core'
import { stripe } from '@recourse/core/dialects/stripe'
import { describe, expect, it } from 'vitest'

interface Fault {
  code?: string
  field?: string
  ref?: string
}

/** Acme Pay answers `{ fault: { code, field, ref } }`: no built-in dialect knows it. */
const acmePay: Dialect = {
  name: 'acme-pay',
  detect: (body) => typeof body === 'object' && body !== null && 'fault' in body,
  read: (body) => {
    const { code, field, ref } = (body as { fault: Fault }).fault
    return {
      ...(code === undefined ? {} : { code }),
      ...(ref === undefined ? {} : { reference: ref }),
      fields: field ? [{ field, message: code ?? '' }] : [],
    }
  },
  rules: [
    {
      id: 'acme-pay:no-funds',
      when: { dialect: 'acme-pay', code: 'NO_FUNDS' },
      kind: 'declined',
      reason: 'insufficient-funds',
    },
    {
      id: 'acme-pay:bad-field',
      when: { dialect: 'acme-pay', hasFields: true },
      kind: 'fix-input',
      reason: 'invalid-input',
    },
    {
      id: 'acme-pay:vault-locked',
      when: { dialect: 'acme-pay', code: 'VAULT_LOCKED' },
      kind: 'retry-later',
      reason: 'acme-vault-locked',
      retry: 'always',
    },
  ],
}

const { classify: classifyWithAcme } = createClassifier({ dialects: [acmePay, stripe] })

describe('given an app that registers its own dialect beside stripe', () => {
  it('should detect its bodies, read their reference, and apply its rules', () => {
    const recourse = classifyWithAcme(
      { status: 402, body: { fault: { code: 'NO_FUNDS', ref: 'A-1' } } },
      { method: 'POST', idempotent: true },
    )
    expect(recourse).toMatchObject({
      dialect: 'acme-pay',
      kind: 'declined',
      reason: 'insufficient-funds',
      reference: 'A-1',
      code: 'NO_FUNDS',
    })
    expect(recourse.trail).toContain('acme-pay:no-funds')
  })

  it('should point at the field its body names, worded by describe', () => {
    const recourse = classifyWithAcme(
      { status: 400, body: { fault: { code: 'postcode_invalid', field: 'billing.postcode' } } },
      { method: 'POST', idempotent: true },
    )
    expect(recourse).toMatchObject({ dialect: 'acme-pay', kind: 'fix-input' })
    expect(recourse.fields.map((field) => field.field)).toEqual(['billing.postcode'])
    const words = describeRecourse(recourse, { labels: { 'billing.postcode': 'postcode' } })
    expect(words.fields).toHaveLength(1)
    expect(words.fields[0]?.field).toBe('billing.postcode')
    expect(words.fields[0]?.message).toContain('postcode')
  })

  it('should word a reason of its own with the app overrides', () => {
    const recourse = classifyWithAcme(
      { status: 423, body: { fault: { code: 'VAULT_LOCKED' } } },
      { method: 'POST', idempotent: true },
    )
    expect(recourse).toMatchObject({ kind: 'retry-later', reason: 'acme-vault-locked' })
    expect(recourse.retry.allowed).toBe(true)
    const words = describeRecourse(recourse, {
      overrides: { reasons: { 'acme-vault-locked': { title: 'Acme is busy' } } },
    })
    expect(words.title).toBe('Acme is busy')
  })

  it('should still read the built-in dialect it was given', () => {
    const recourse = classifyWithAcme(
      { status: 402, body: { error: { type: 'card_error', code: 'card_declined' } } },
      { method: 'POST', idempotent: true },
    )
    expect(recourse.dialect).toBe('stripe')
    expect(recourse.kind).toBe('declined')
  })

  it('should leave the ready-made classify as it was: it does not know the app dialect', () => {
    const recourse = classify(
      { status: 402, body: { fault: { code: 'NO_FUNDS', ref: 'A-1' } } },
      { method: 'POST', idempotent: true },
    )
    expect(recourse.dialect).not.toBe('acme-pay')
    expect(recourse.trail).not.toContain('acme-pay:no-funds')
  })

  it('should keep the safety rules over the app dialect: an unkeyed POST that may have been taken is never retried', () => {
    const recourse = classifyWithAcme(
      { status: 500, body: { fault: { code: 'VAULT_LOCKED' } } },
      { method: 'POST' },
    )
    expect(recourse.retry.allowed).toBe(false)
    expect(recourse.processed).not.toBe('no')
  })
})

describe('given an app dialect that breaks its own types', () => {
  // What a careless dialect may hand back: plain JavaScript, or a cast over a body it did not check.
  const sloppy = (fields: unknown[]): Dialect => ({
    name: 'sloppy',
    detect: (body) => typeof body === 'object' && body !== null && 'sloppy' in body,
    read: () => ({ fields: fields as never }),
    rules: [
      {
        id: 'sloppy:fields',
        when: { hasFields: true },
        kind: 'fix-input',
        reason: 'invalid-input',
      },
    ],
  })
  const classifyWith = (fields: unknown[]) =>
    createClassifier({ dialects: [sloppy(fields)] }).classify(
      { status: 422, body: { sloppy: true } },
      { method: 'POST', idempotent: true },
    )

  it('should drop a field error without a field name, and word one without a message', () => {
    const recourse = classifyWith([
      { message: 'Card number 4242424242424242 is invalid' },
      { field: 'card.number' },
    ])
    expect(recourse.fields).toEqual([{ field: 'card.number', message: '' }])
    expect(describeRecourse(recourse).fields[0]?.message).toBeTruthy()
  })

  it('should carry none of its other keys, and mask every text it keeps, limits included', () => {
    const recourse = classifyWith([
      {
        field: 'amount',
        message: 'bad',
        code: 'too_small',
        limits: { min: '4242 4242 4242 4242', maxLength: Number.NaN },
        value: '4242424242424242',
        cvc: '123',
      },
    ])
    expect(recourse.fields).toEqual([
      { field: 'amount', message: 'bad', code: 'too_small', limits: { min: '•••• 4242' } },
    ])
    expect(JSON.stringify(recourse)).not.toContain('4242424242424242')
  })
})
