// The long fuzz mode: many more arbitrary and provider-shaped inputs than the test suite runs, on the built
// @recourse/core, with the slowest calls printed. `FUZZ_RUNS` sets how many (default 20,000).
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import fc from 'fast-check'
import { repoRoot } from './packages.mjs'

const core = /** @type {typeof import('@recourse/core')} */ (
  await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href)
)
const runs = Number(process.env.FUZZ_RUNS ?? 20_000)
const KINDS = new Set(['fix-input', 'declined', 'retry-later', 'contact-support'])

const key = fc.constantFrom(
  'Errors',
  'Error',
  'SC',
  'EC',
  'EM',
  'status',
  'Type',
  'errors',
  'error',
  'type',
  'code',
  'detail',
  'pointer',
  '__proto__',
  'constructor',
)
const body = fc.oneof(
  fc.anything({
    withObjectString: true,
    withNullPrototype: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
  }),
  fc.dictionary(key, fc.anything(), { maxKeys: 8 }),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
)
const input = fc.oneof(
  fc.anything(),
  fc.record(
    {
      status: fc.oneof(fc.integer({ min: -1, max: 1000 }), fc.anything()),
      headers: fc.anything(),
      body,
    },
    { requiredKeys: [] },
  ),
)

/** @type {number[]} */
const times = []
fc.assert(
  fc.property(input, fc.constantFrom('GET', 'POST', undefined), (value, method) => {
    const start = performance.now()
    const recourse = core.classify(value, { method })
    core.describe(recourse)
    times.push(performance.now() - start)
    return KINDS.has(recourse.kind)
  }),
  { numRuns: runs },
)
times.sort((a, b) => a - b)
const at = (/** @type {number} */ share) =>
  (times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? 0).toFixed(3)
console.log(`\nFuzz (long mode): ${runs} inputs, every one answered with one of the four kinds`)
console.log(`classify + describe: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`)
