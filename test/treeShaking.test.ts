import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Dialect } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// What a user's bundler keeps of @recourse/core, resolved from source as the published ESM would be.
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@recourse/source'],
    mainFields: ['module', 'main'],
    // Minified, so comments (which may name other dialects) do not count; strings stay.
    minify: true,
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** Every dialect each `@recourse/core/dialects/<name>` entry exports, read from the registry's folder. */
const dialectsFolder = join(import.meta.dirname, '../packages/core/src/dialects')
const entries = await Promise.all(
  readdirSync(dialectsFolder)
    .filter((file) => /^[\w-]+\.ts$/.test(file) && file !== 'index.ts')
    .map(async (file) => {
      const path = `@recourse/core/dialects/${file.replace(/\.ts$/, '')}`
      const module = (await import(path)) as Record<string, Dialect>
      return Object.entries(module).map(([exported, dialect]) => ({ path, exported, dialect }))
    }),
).then((lists) => lists.flat())

/** A rule id as the minified bundle spells a literal string. */
const literal = (id: string) => JSON.stringify(id)
const ruleIds = (dialect: Dialect) => new Set(dialect.rules.map((rule) => rule.id))

describe('tree-shaking @recourse/core', () => {
  it('should publish every registered dialect as its own entry', () => {
    for (const dialect of allDialects) {
      expect(
        entries.map((entry) => entry.dialect),
        dialect.name,
      ).toContain(dialect)
    }
  })

  it.each(entries.map((entry) => [`${entry.path} (${entry.exported})`, entry] as const))(
    "given createClassifier with only %s, should leave every other dialect's rules out",
    async (_, { path, exported, dialect }) => {
      const output = await bundle(
        `import { createClassifier } from '@recourse/core'\nimport { ${exported} } from '${path}'\nexport const { classify } = createClassifier({ dialects: [${exported}] })`,
      )
      const own = ruleIds(dialect)
      const others = entries
        .flatMap((entry) => [...ruleIds(entry.dialect)])
        .filter((id) => !own.has(id))
      expect(others.length).toBeGreaterThan(0)
      for (const id of others) expect(output, id).not.toContain(literal(id))
      // Nor the copy, the retry policy or the fetch helper.
      expect(output).not.toContain('Your payment was declined')
      expect(output).not.toContain('Idempotency-Key')
    },
  )

  it('given createClassifier with only the braintree dialect, leaves the XML reader and the gateway out', async () => {
    const output = await bundle(
      `import { createClassifier } from '@recourse/core'\nimport { braintree } from '@recourse/core/dialects/braintree'\nexport const { classify } = createClassifier({ dialects: [braintree] })`,
    )
    expect(output).toContain('fieldErrors')
    expect(output).toContain('incorrect-cvc 81706')
    for (const other of [
      'CDATA',
      'api-error-response',
      'processor-response-code',
      'insufficient-funds 2001',
      'mastercard:',
    ]) {
      expect(output).not.toContain(other)
    }
  })

  it('given createClassifier with braintreeGateway, keeps the XML reader and the processor codes', async () => {
    const output = await bundle(
      `import { createClassifier } from '@recourse/core'\nimport { braintreeGateway } from '@recourse/core/dialects/braintree'\nexport const { classify } = createClassifier({ dialects: [braintreeGateway] })`,
    )
    for (const kept of [
      'CDATA',
      'api-error-response',
      'insufficient-funds 2001',
      'incorrect-cvc 81706',
    ]) {
      expect(output).toContain(kept)
    }
  })

  it('given the default classify, keeps every registered dialect', async () => {
    const output = await bundle(`export { classify } from '@recourse/core'`)
    for (const dialect of allDialects) {
      expect(output).toContain(literal(dialect.name))
      const kept = [...ruleIds(dialect)].filter((id) => output.includes(literal(id)))
      if (dialect.rules.length > 0) expect(kept.length, dialect.name).toBeGreaterThan(0)
    }
  })
})
