// The provider fixture corpus (test/fixtures, see test/fixtures/index.ts) as benchmark inputs: every case whose
// response has a JSON body, given as the raw failure (body as text) and as the pre-parsed failure.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './packages.mjs'

/**
 * @typedef {{
 *   name: string
 *   status: number
 *   headers: Record<string, string>
 *   text: string
 *   parsed: unknown
 *   context: import('@recourse/core').ClassifyContext
 * }} CorpusCase
 */

/** @returns {CorpusCase[]} */
export function loadCorpus() {
  const folder = join(repoRoot, 'test', 'fixtures')
  /** @type {CorpusCase[]} */
  const corpus = []
  // Every JSON file, the providers' folders included (providers/stripe.json, providers/mastercard/gateway.json).
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const cases =
      /** @type {Array<{ name: string, request?: import('@recourse/core').ClassifyContext, response?: { status: number, headers?: Record<string, string>, body?: unknown } }>} */ (
        JSON.parse(readFileSync(join(folder, file), 'utf8'))
      )
    for (const testCase of cases) {
      const response = testCase.response
      if (!response || response.body === undefined) continue
      const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body)
      let parsed
      try {
        parsed = JSON.parse(text)
      } catch {
        continue // a text body (an HTML error page): nothing for JSON.parse to compare with
      }
      corpus.push({
        name: `${file}: ${testCase.name}`,
        status: response.status,
        headers: response.headers ?? {},
        text,
        parsed,
        context: testCase.request ?? {},
      })
    }
  }
  return corpus
}
