// The layout of a provider, checked: each dialect in the registry (packages/core/src/dialects/index.ts) has its
// entry (`@recourse/core/dialects/<name>`), its fixtures (test/fixtures/providers/<name>.json or <name>/*.json) and
// its section in docs/providers.md, and nothing in those places belongs to no registered dialect. Adding a provider
// is those four files; forgetting one fails here.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dialect } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { describe, expect, it } from 'vitest'
import { fixtureProviders } from './fixtures/index.ts'

const registered = [...new Set(allDialects.map((dialect) => dialect.name))].sort()

const dialectsFolder = join(import.meta.dirname, '../packages/core/src/dialects')
const entryNames = readdirSync(dialectsFolder)
  .filter((file) => /^[\w-]+\.ts$/.test(file) && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .sort()

/** The dialects a docs section is about: the name in backticks in each `## ` heading. */
const documented = [
  ...readFileSync(join(import.meta.dirname, '../docs/providers.md'), 'utf8').matchAll(
    /^## .*\(`([\w-]+)`\)\s*$/gm,
  ),
]
  .map((match) => match[1])
  .sort()

describe('the provider registry', () => {
  it('should hold each dialect once, by a unique name', () => {
    expect(registered.length).toBeGreaterThan(0)
    expect(new Set(allDialects).size).toBe(allDialects.length)
  })

  it('should have fixtures for every registered dialect, and no fixtures for an unregistered one', () => {
    expect(fixtureProviders).toEqual(registered)
  })

  it('should publish every registered dialect as @recourse/core/dialects/<its name>, and nothing else there', async () => {
    expect(entryNames).toEqual(registered)
    for (const name of entryNames) {
      const entry = (await import(`@recourse/core/dialects/${name}`)) as Record<string, Dialect>
      const exported = Object.values(entry)
      expect(exported.length, name).toBeGreaterThan(0)
      for (const dialect of exported) expect(dialect.name, name).toBe(name)
      // The registry holds one of the entry's dialects (Braintree's entry has two, one registered).
      expect(
        exported.some((dialect) => allDialects.includes(dialect)),
        name,
      ).toBe(true)
    }
  })

  it('should document every registered dialect in docs/providers.md, and no other', () => {
    expect(documented).toEqual(registered)
  })
})
