// Heap after classifying 100,000 failures on the built @recourse/core: does anything keep them (a cache that is
// not keyed weakly)? Run by `pnpm bench` as `node --expose-gc scripts/bench-memory.mjs`, which prints one JSON
// object. Each failure is a new object with a newly parsed body, as real failures are. Heap is measured after
// two full collections: at the baseline (core loaded and warmed up), after classify, after the retry policy (whose
// verdicts are cached in a WeakMap keyed by the error), and, for scale, while 100,000 failures are held.
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { loadCorpus } from './fixture-corpus.mjs'
import { repoRoot } from './packages.mjs'

/** @typedef {{ failures: number, baseline: number, afterClassify: number, afterRetryPolicy: number, whileHeld: number, afterRelease: number }} MemoryResult */

const FAILURES = Number(process.env.MEMORY_FAILURES ?? 100_000)

const collect = /** @type {(() => void) | undefined} */ (globalThis.gc)
if (!collect) {
  console.error('Run with node --expose-gc')
  process.exit(1)
}

const core = /** @type {typeof import('@recourse/core')} */ (
  await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href)
)
const corpus = loadCorpus()

/** @param {number} index a new failure, body parsed anew */
const failureAt = (index) => {
  const entry = /** @type {import('./fixture-corpus.mjs').CorpusCase} */ (
    corpus[index % corpus.length]
  )
  return { status: entry.status, headers: { ...entry.headers }, body: JSON.parse(entry.text) }
}

const heap = () => {
  collect()
  collect()
  return process.memoryUsage().heapUsed
}

let sink = 0
for (let index = 0; index < 2_000; index++) sink += core.classify(failureAt(index)).kind.length
const policy = core.createRetryPolicy({ budget: false, random: () => 0.5 })
for (let index = 0; index < 2_000; index++) {
  const failure = failureAt(index)
  sink += policy.retryDelay(0, failure) + Number(policy.retry(0, failure))
}

const baseline = heap()
for (let index = 0; index < FAILURES; index++) sink += core.classify(failureAt(index)).kind.length
const afterClassify = heap()
for (let index = 0; index < FAILURES; index++) {
  const failure = failureAt(index)
  sink += policy.retryDelay(0, failure) + Number(policy.retry(0, failure))
}
const afterRetryPolicy = heap()

/** @type {unknown[]} */
let held = []
for (let index = 0; index < FAILURES; index++) {
  const failure = failureAt(index)
  held.push(failure, core.classify(failure))
}
const whileHeld = heap()
sink += held.length
held = []
const afterRelease = heap()

/** @type {MemoryResult} */
const result = {
  failures: FAILURES,
  baseline,
  afterClassify,
  afterRetryPolicy,
  whileHeld,
  afterRelease,
}
console.log(JSON.stringify({ ...result, sink }))
