// Render cost on the built packages: bundles test/bench/renderCost.tsx (every package left external, so Node loads
// react, @tanstack/react-query and @recourse/* dist as an app would), sets up the same happy-dom environment the
// tests use, runs the scenarios and prints one JSON object. `pnpm bench` runs it in a child process, so the DOM
// globals stay out of the other measurements.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { builtinEnvironments } from 'vitest/runtime'
import { repoRoot } from './packages.mjs'

const outfile = join(repoRoot, '.bench-out', 'renderCost.mjs')
await build({
  entryPoints: [join(repoRoot, 'test', 'bench', 'renderCost.tsx')],
  outfile,
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  logLevel: 'error',
})

/** Runs of each scenario after a warm-up one; commit times are their medians, counts must agree across runs. */
const RUNS = 5

/** @typedef {import('../test/bench/renderCost.tsx').StepCost} StepCost */

/**
 * @template {{ steps: StepCost[] }} T
 * @param {() => Promise<T>} measure
 * @returns {Promise<T>}
 */
async function repeated(measure) {
  await measure()
  /** @type {T[]} */
  const runs = []
  for (let run = 0; run < RUNS; run++) runs.push(await measure())
  const [first] = runs
  if (!first) throw new Error('No run')
  const counts = (/** @type {T} */ result) =>
    JSON.stringify(result.steps.map(({ commitMs: _commitMs, ...step }) => step))
  if (runs.some((result) => counts(result) !== counts(first)))
    throw new Error('Render counts differ from one run to the next')
  return {
    ...first,
    steps: first.steps.map((step, index) => {
      const times = runs.map((result) => result.steps[index]?.commitMs ?? 0).sort((a, b) => a - b)
      return { ...step, commitMs: times[Math.floor(times.length / 2)] ?? 0 }
    }),
  }
}

const environment = await builtinEnvironments['happy-dom'].setup(globalThis, {})
try {
  const scenarios = /** @type {typeof import('../test/bench/renderCost.tsx')} */ (
    await import(pathToFileURL(outfile).href)
  )
  const cycles = [
    await repeated(() => scenarios.measureRetryCycle(false)),
    await repeated(() => scenarios.measureRetryCycle(true)),
  ]
  const form = await repeated(() => scenarios.measureFiftyFieldForm())
  console.log(JSON.stringify({ runs: RUNS, cycles, form }))
} finally {
  await environment.teardown(globalThis)
}
