// Hostile input, timed on the built @recourse/core: the median of a few calls of classify + describe per input.
// Figures, not a test: the hostile-input suite (test/hostile.test.ts) proves the answers; this shows the cost.
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { repoRoot } from './packages.mjs'

const core = /** @type {typeof import('@recourse/core')} */ (
  await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href)
)

const throwing = () => {
  throw new Error('trap')
}

/** @returns {Array<[string, () => unknown]>} inputs, each built once */
function inputs() {
  const huge = 'x'.repeat(10_000_000)
  const hugeJson = JSON.stringify({ errors: { field: huge } })
  /** @type {Record<string, string>} */
  const map = {}
  for (let index = 0; index < 200_000; index++) map[`field${index}`] = 'required'
  const deepText = '['.repeat(200_000) + ']'.repeat(200_000)
  /** @type {Record<string, unknown>} */
  let deep = {}
  const deepRoot = deep
  for (let index = 0; index < 100_000; index++)
    deep = /** @type {Record<string, unknown>} */ (deep.error = {})
  let cause = new Error('bottom')
  for (let index = 0; index < 100_000; index++) cause = new Error('up', { cause })
  const proxy = new Proxy(
    {},
    { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing },
  )
  return [
    ['10 MB text body', () => ({ status: 500, body: huge })],
    ['10 MB JSON text body', () => ({ status: 400, body: hugeJson })],
    [
      '200,000-field error map (parsed)',
      () => ({ status: 400, body: { Type: 'param_error', Id: 'x', errors: map } }),
    ],
    ['200,000-deep JSON text', () => ({ status: 400, body: deepText })],
    ['100,000-deep object', () => ({ status: 400, body: deepRoot })],
    ['100,000-deep cause chain', () => cause],
    ['Proxy whose traps throw', () => ({ status: 400, body: proxy, headers: proxy })],
    ['AggregateError', () => new AggregateError([proxy, new TypeError('Failed to fetch')])],
    ['nonsense Retry-After', () => ({ status: 503, headers: { 'Retry-After': '9'.repeat(400) } })],
  ]
}

const rows = inputs().map(([name, make]) => {
  const input = make()
  /** @type {number[]} */
  const times = []
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    core.describe(core.classify(input))
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return [name, `${(times[2] ?? 0).toFixed(2)} ms`]
})

console.log('\nHostile input: classify + describe on the built package (median of 5)\n')
const width = Math.max(...rows.map(([name]) => name?.length ?? 0))
for (const [name, time] of rows)
  console.log(`${(name ?? '').padEnd(width)}  ${(time ?? '').padStart(10)}`)
console.log(
  '\nA map the caller has already parsed is enumerated by the engine in time proportional to its size; the JSON.parse that produced it cost more.',
)
