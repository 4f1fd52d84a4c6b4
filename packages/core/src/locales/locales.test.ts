import { describe, it, expect } from 'vitest'
import { catalogs, localePhrases } from '../../../../test/localePhrases.js'
import { en } from './en.js'

// Each catalog keyed by the name of the file it lives in.
const translations = Object.entries(catalogs).filter(([name]) => name !== 'en')

/** Every leaf of a catalog as `path -> value`, e.g. `reasons.pending.body`. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v)
    }
  } else {
    out.set(path, value)
  }
  return out
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

const banned: Record<string, string[]> = Object.fromEntries(
  Object.entries(localePhrases).map(([code, phrases]) => [code, phrases.banned]),
)

function bannedPattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu')
}

const enLeaves = leaves(en)

describe('locale catalogs', () => {
  it.each(Object.entries(catalogs))('%s names its own locale', (name, catalog) => {
    expect(catalog.locale).toBe(name)
  })

  it.each(translations)('%s has every key en has, each a non-empty string', (_name, catalog) => {
    const own = leaves(catalog)
    for (const path of enLeaves.keys()) {
      const value = own.get(path)
      expect(typeof value, path).toBe('string')
      expect((value as string).trim(), path).not.toBe('')
    }
  })

  it.each(translations)('%s has no keys en lacks', (_name, catalog) => {
    const extra = [...leaves(catalog).keys()].filter((path) => !enLeaves.has(path))
    expect(extra).toEqual([])
  })

  it.each(translations)('%s keeps the placeholders of every string', (_name, catalog) => {
    const own = leaves(catalog)
    for (const [path, english] of enLeaves) {
      const text = own.get(path)
      if (typeof english !== 'string' || typeof text !== 'string') continue
      for (const placeholder of ['{label}', '{reference}']) {
        expect(count(text, placeholder), `${path} ${placeholder}`).toBe(count(english, placeholder))
      }
      // No stray or misspelt placeholders either.
      expect(text.match(/\{[^}]*\}/g) ?? [], path).toEqual(english.match(/\{[^}]*\}/g) ?? [])
    }
  })

  it.each(Object.entries(catalogs))('%s avoids banned words', (name, catalog) => {
    const words = banned[name] ?? []
    for (const [path, text] of leaves(catalog)) {
      if (typeof text !== 'string') continue
      for (const word of words)
        expect(text, `${path} contains "${word}"`).not.toMatch(bannedPattern(word))
    }
  })

  // Money safety: where a payment may already have been taken, the translation says plainly not to pay
  // again until the order status has been checked.
  const doNotPayAgain: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(localePhrases).map(([code, phrases]) => [code, phrases.doNotPayAgain]),
  )
  const risky = [
    'outcome-unknown',
    'pending',
    'duplicate-request',
    'idempotency-conflict',
    'partially-completed',
  ] as const

  it.each(translations)(
    '%s tells the customer not to pay again before checking',
    (name, catalog) => {
      for (const reason of risky) {
        expect(catalog.reasons[reason].body, reason).toContain(
          doNotPayAgain[name] ?? '\u0000 missing',
        )
      }
    },
  )

  it('every banned-word list and money-safety phrase matches a catalog', () => {
    expect(Object.keys(banned).sort()).toEqual(Object.keys(catalogs).sort())
    const withSentence = Object.keys(doNotPayAgain).filter(
      (name) => doNotPayAgain[name] !== undefined,
    )
    expect(withSentence.sort()).toEqual(translations.map(([name]) => name).sort())
  })
})
