// Render cost on the built packages: bundles test/bench/renderCost.tsx (every package left external, so Node loads
// react, @tanstack/react-query and @recourse/* dist as an app would), sets up the same happy-dom environment the
// tests use, runs the scenarios and prints one JSON object. `pnpm bench` runs it in a child process, so the DOM
// globals stay out of the other measurements. With `--shown`, it measures instead the time from each failure mode's
// first failed attempt to the first thing shown (test/bench/firstShown.tsx), median of `SHOWN_RUNS` runs.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { builtinEnvironments } from 'vitest/runtime'
import { repoRoot } from './packages.mjs'

const shownOnly = process.argv.includes('--shown')
const entry = shownOnly ? 'firstShown' : 'renderCost'
const outfile = join(repoRoot, '.bench-out', `${entry}.mjs`)
await build({
  entryPoints: [join(repoRoot, 'test', 'bench', `${entry}.tsx`)],
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
/** Runs of each failure mode after a warm-up one, for the time to the first thing shown. */
const SHOWN_RUNS = 9

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
  if (shownOnly) console.log(JSON.stringify(await measureShown()))
  else {
    const scenarios = /** @type {typeof import('../test/bench/renderCost.tsx')} */ (
      await import(pathToFileURL(outfile).href)
    )
    const cycles = [
      await repeated(() => scenarios.measureRetryCycle(false)),
      await repeated(() => scenarios.measureRetryCycle(true)),
    ]
    const autoRetry = [
      await repeated(() => scenarios.measureAutoRetryCycle(false)),
      await repeated(() => scenarios.measureAutoRetryCycle(true)),
    ]
    const form = await repeated(() => scenarios.measureFiftyFieldForm())
    console.log(JSON.stringify({ runs: RUNS, cycles, autoRetry, form }))
  }
} finally {
  await environment.teardown(globalThis)
}
// The runs of --shown end while their requests are unanswered: their timers (fetchJson's timeouts, retry delays)
// would keep the process alive for minutes, and nothing is left to measure.
process.exit(0)

/** Each failure mode: a warm-up run, then `SHOWN_RUNS` runs; the median and the slowest, and what was shown. */
async function measureShown() {
  const shown = /** @type {typeof import('../test/bench/firstShown.tsx')} */ (
    await import(pathToFileURL(outfile).href)
  )
  const modes = []
  for (const mode of shown.FAILURE_MODES) {
    await shown.measureFirstShown(mode)
    const runs = []
    for (let run = 0; run < SHOWN_RUNS; run++) runs.push(await shown.measureFirstShown(mode))
    const times = runs.map((run) => run.firstShownMs).sort((a, b) => a - b)
    const [first] = runs
    if (!first) throw new Error('No run')
    modes.push({
      mode: mode.name,
      medianMs: times[Math.floor(times.length / 2)] ?? 0,
      maxMs: times.at(-1) ?? 0,
      text: first.text,
      retrying: first.retrying,
      attempt: first.attempt,
    })
  }
  return {
    runs: SHOWN_RUNS,
    latencyMs: shown.LATENCY_MS,
    paymentTimeoutMs: shown.PAYMENT_TIMEOUT_MS,
    modes,
  }
}
