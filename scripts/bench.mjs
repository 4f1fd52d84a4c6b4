// `pnpm bench`: figures, not timed tests. Measures, in one run and on the built packages, with the peers measured
// beside them so the ratios hold on a noisy machine:
//   sizes       min+gzip of each entry, budgets (scripts/sizes.mjs; `pnpm check-size` is the check that fails CI)
//   throughput  classify over the fixture corpus vs JSON.parse and a status switch (scripts/bench-throughput.mjs)
//   sim         retry amplification during an outage, on a fake clock (test/bench/retrySimulation.mjs)
//   render      React Profiler counts and commit times (test/bench/renderCost.tsx, via scripts/bench-render.mjs)
//   shown       first failed attempt -> first thing shown, per failure mode (test/bench/firstShown.tsx, same script)
//   memory      heap after classifying 100,000 failures (scripts/bench-memory.mjs, with --expose-gc)
//   hostile     classify + describe on hostile inputs (scripts/bench-hostile.mjs)
//   fuzz        the long fuzz mode (scripts/bench-fuzz.mjs)
// Options: `--only sizes,sim` runs some sections; `--sim clients=200,outage=90,retryAfter=20` (or BENCH_SIM=...)
// runs the simulation with other parameters. See docs/benchmarks.md. Everything measured is also written to
// .bench-out/bench.json (and the sizes to .bench-out/sizes.json).
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { formatNumber, printTable, verdict } from './bench-table.mjs'
import { measureThroughput } from './bench-throughput.mjs'
import { repoRoot } from './packages.mjs'
import { budgetCell, checkBudgets, formatBytes } from './size-budget.mjs'
import { ensureBuilt, listSizeEntries, measureSizes } from './sizes.mjs'
import {
  AMPLIFICATION_GOAL,
  HINT_LATENESS_GOAL,
  parseParameters,
  queryGoals,
  simulate,
} from '../test/bench/retrySimulation.mjs'

const SECTIONS = ['sizes', 'throughput', 'sim', 'render', 'shown', 'memory', 'hostile', 'fuzz']
const { values: options } = parseArgs({
  options: { only: { type: 'string' }, sim: { type: 'string' } },
})
const only = options.only?.split(',').map((section) => section.trim()) ?? SECTIONS
const unknown = only.filter((section) => !SECTIONS.includes(section))
if (unknown.length > 0) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${SECTIONS.join(', ')}`)
  process.exit(2)
}
/** @type {ReturnType<typeof parseParameters>} */
let simulationParameters
try {
  simulationParameters = parseParameters(options.sim ?? process.env.BENCH_SIM)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(2)
}
const runs = (/** @type {string} */ section) => only.includes(section)

ensureBuilt()
const core = /** @type {typeof import('@recourse/core')} */ (
  await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href)
)
const outDir = join(repoRoot, '.bench-out')
mkdirSync(outDir, { recursive: true })

/** @type {Record<string, unknown>} */
const results = {}
/** @type {Array<[goal: string, figure: string, met: boolean]>} */
const goals = []
/** @param {number} ms */
const seconds = (ms) => `${formatNumber(ms / 1000, 2)} s`
/** @param {number} ratio */
const times = (ratio) => `${formatNumber(ratio, 2)}x`

// --- Sizes ---------------------------------------------------------------------------------------------------
if (runs('sizes')) {
  const rows = await measureSizes(await listSizeEntries())
  results.sizes = rows
  writeFileSync(join(outDir, 'sizes.json'), `${JSON.stringify(rows, null, 2)}\n`)
  printTable(
    'Bundle size: min+gzip of the built entries, dependencies and peers external (esbuild minify, gzip -9)',
    ['entry', 'kind', 'bundled', 'min', 'min+gzip', 'budget (fails CI)'],
    rows.map((row) => [
      row.entry,
      row.group,
      formatBytes(row.bundled),
      formatBytes(row.minified),
      formatBytes(row.gzipped),
      budgetCell(row),
    ]),
    [
      'Peers: react-error-boundary and axios-retry with their peers (react, axios) external, their own dependencies bundled.',
      '`pnpm check-size` checks the budgets and exits 1 when one is over.',
    ],
  )
  const verdictOfSizes = checkBudgets(rows)
  for (const row of rows) {
    const cell = budgetCell(row)
    if (cell)
      goals.push([
        `size: ${row.entry} ${cell.replace(/ (pass|FAIL)$/, '')}`,
        formatBytes(row.gzipped),
        !verdictOfSizes.over.some((over) => over.entry === row.entry),
      ])
  }
}

// --- Throughput ----------------------------------------------------------------------------------------------
if (runs('throughput')) {
  const throughput = measureThroughput(core)
  results.throughput = throughput
  printTable(
    `Classification throughput: ${throughput.cases} fixture bodies, median of ${throughput.rounds} rounds (same process)`,
    ['operation', 'per second', 'per call', 'cost vs JSON.parse', 'vs status switch'],
    throughput.rows.map((row) => [
      row.name,
      formatNumber(row.opsPerSecond),
      `${formatNumber(row.nsPerOp / 1000, 3)} µs`,
      times(row.versusParse),
      times(row.versusSwitch),
    ]),
    ['Ratios: medians of the per-round ratios (each round times every operation back to back).'],
  )
  const parsed = throughput.rows.find((row) => row.name === 'classify(pre-parsed body)')
  if (parsed)
    goals.push([
      'throughput: classify(pre-parsed) costs <= JSON.parse of the body',
      times(parsed.versusParse),
      parsed.versusParse <= 1,
    ])
}

// --- Retry amplification ---------------------------------------------------------------------------------------
if (runs('sim')) {
  const simulation = simulate(core, simulationParameters)
  results.simulation = simulation
  const p = simulation.parameters
  printTable(
    `Retry amplification (fake clock): ${p.clients} clients arriving over ${p.spread} s of a ${p.outage} s outage (503 for ${p.phase503} s, then 429 + Retry-After: ${p.retryAfter}), latency ${p.latency} ms, seed ${p.seed}`,
    [
      'policy (GET)',
      'requests in outage',
      `x 1/client (<= ${AMPLIFICATION_GOAL})`,
      'before Retry-After',
      'stranded',
      'recovered',
      'recovery median',
      'recovery max',
      `after hint (<= ${HINT_LATENESS_GOAL * 100}%)`,
    ],
    simulation.queries.map((row) => [
      row.policy,
      formatNumber(row.requestsDuringOutage),
      times(row.amplification),
      formatNumber(row.requestsBeforeHint),
      formatNumber(row.stranded),
      formatNumber(row.recovered),
      row.recoveryMedianMs === undefined ? '-' : seconds(row.recoveryMedianMs),
      row.recoveryMaxMs === undefined ? '-' : seconds(row.recoveryMaxMs),
      row.maxHintLatenessMs === undefined
        ? '-'
        : `${formatNumber((100 * row.maxHintLatenessMs) / (p.retryAfter * 1000), 1)}%`,
    ]),
    [
      'Stranded: gave up during the outage; only the customer (or a refocus) sends it again. Recovery: end of outage -> first success.',
      'After hint: the latest successful request after a Retry-After, past the time the hint allowed, as a share of the hint (negative: it came early).',
    ],
  )
  printTable(
    `Payments: ${p.clients} POSTs without an idempotency key, each attempt in the outage timing out after ${p.timeout} s or answered 503`,
    ['policy (POST)', 'attempts', 're-sent (goal 0)', 're-sent after a timeout'],
    simulation.payments.map((row) => [
      row.policy,
      formatNumber(row.attempts),
      formatNumber(row.resends),
      formatNumber(row.resentAfterTimeout),
    ]),
  )
  const recourse = simulation.queries.find((row) => row.policy.startsWith('Recourse, a budget per'))
  if (recourse) {
    const met = queryGoals(recourse, p)
    goals.push(
      [
        `retry: requests in outage <= ${AMPLIFICATION_GOAL}x one per client (Recourse)`,
        times(recourse.amplification),
        met.amplification,
      ],
      [
        'retry: no request before a Retry-After hint (Recourse)',
        formatNumber(recourse.requestsBeforeHint),
        met.noRequestBeforeHint,
      ],
      [
        'retry: success within 10% of the hint after recovery (Recourse)',
        recourse.maxHintLatenessMs === undefined
          ? '-'
          : `${formatNumber((100 * recourse.maxHintLatenessMs) / (p.retryAfter * 1000), 1)}%`,
        met.successWithinHint,
      ],
    )
  }
  const payments = simulation.payments.find((row) => row.policy.startsWith('Recourse'))
  if (payments)
    goals.push([
      'retry: zero re-sent non-idempotent payments (Recourse)',
      formatNumber(payments.resends),
      payments.resends === 0,
    ])
}

// --- Render cost -----------------------------------------------------------------------------------------------
/** @param {string} script @param {string[]} [nodeOptions] @param {string[]} [args] */
function runChild(script, nodeOptions = [], args = []) {
  const child = spawnSync(
    process.execPath,
    [...nodeOptions, join(repoRoot, 'scripts', script), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  if (child.status !== 0) {
    process.stderr.write(child.stderr)
    throw new Error(`${script} exited with ${child.status}`)
  }
  const last = child.stdout.trim().split('\n').at(-1) ?? '{}'
  return /** @type {unknown} */ (JSON.parse(last))
}

/** The columns of a cycle measured without and with `useRecourse`, side by side. */
const CYCLE_HEADER = [
  'step',
  'commits without',
  'commits with',
  'renders without',
  'renders with',
  'commit without',
  'commit with',
]
const ms = (/** @type {number | undefined} */ value) => `${formatNumber(value ?? 0, 2)} ms`
/**
 * Each step's counts and commit time, without and with `useRecourse`.
 * @param {import('../test/bench/renderCost.tsx').CycleCost} without
 * @param {import('../test/bench/renderCost.tsx').CycleCost} withRecourse
 */
const cycleRows = (without, withRecourse) =>
  without.steps.map((step, index) => {
    const other = withRecourse.steps[index]
    return [
      step.step,
      String(step.commits),
      String(other?.commits ?? '-'),
      String(step.renders),
      String(other?.renders ?? '-'),
      ms(step.commitMs),
      ms(other?.commitMs),
    ]
  })

if (runs('render')) {
  const render =
    /** @type {{ runs: number, cycles: import('../test/bench/renderCost.tsx').CycleCost[], autoRetry: import('../test/bench/renderCost.tsx').CycleCost[], form: import('../test/bench/renderCost.tsx').FormCost }} */ (
      runChild('bench-render.mjs')
    )
  results.render = render
  const [without, withRecourse] = render.cycles
  if (without && withRecourse) {
    const total = (
      /** @type {import('../test/bench/renderCost.tsx').CycleCost} */ cycle,
      /** @type {'commits' | 'renders' | 'commitMs'} */ key,
    ) => cycle.steps.reduce((sum, step) => sum + step[key], 0)
    printTable(
      `Render cost: error -> retry -> success, one query, React Profiler (development build, commit time median of ${render.runs} runs)`,
      CYCLE_HEADER,
      [
        ...cycleRows(without, withRecourse),
        [
          'total',
          String(total(without, 'commits')),
          String(total(withRecourse, 'commits')),
          String(total(without, 'renders')),
          String(total(withRecourse, 'renders')),
          ms(total(without, 'commitMs')),
          ms(total(withRecourse, 'commitMs')),
        ],
      ],
      [
        'Commits: Profiler onRender calls. Renders: runs of the screen component; a render-phase state update (useRecourse keeping',
        'the last failure on screen while the retry runs) runs it again before the same commit, so it adds no commit.',
      ],
    )
    goals.push([
      'render: no extra commit with useRecourse (error -> retry -> success)',
      `${total(withRecourse, 'commits')} vs ${total(without, 'commits')}`,
      total(withRecourse, 'commits') <= total(without, 'commits'),
    ])
  }
  const [plainRetry, recourseRetry] = render.autoRetry
  if (plainRetry && recourseRetry) {
    const failed = recourseRetry.steps.filter((step) => / fails /.test(step.step)).length
    const extra = recourseRetry.steps.reduce(
      (sum, step, index) => sum + step.commits - (plainRetry.steps[index]?.commits ?? 0),
      0,
    )
    const worst = Math.max(
      ...recourseRetry.steps.map(
        (step, index) => step.commits - (plainRetry.steps[index]?.commits ?? 0),
      ),
    )
    printTable(
      `Render cost: a query the client retries on its own (${failed} failed attempts, then success), React Profiler (median of ${render.runs} runs)`,
      CYCLE_HEADER,
      cycleRows(plainRetry, recourseRetry),
      [
        'Without useRecourse the screen reads neither failureCount nor failureReason: TanStack does not render it while it',
        'retries (a silent spinner). With it, each failed attempt is shown ("Still trying: attempt N of M"): one commit each.',
      ],
    )
    goals.push([
      'render: at most 1 extra commit per failed attempt (automatic retries)',
      `+${extra} for ${failed} (max ${worst} per step)`,
      worst <= 1 && extra <= failed,
    ])
  }
  printTable(
    `Render cost: a ${render.form.fields}-field RecourseForm, ${render.form.serverErrors} server errors`,
    ['step', 'commits', 'field renders', 'fields rendered', 'max per field', 'commit time'],
    render.form.steps.map((step) => [
      step.step,
      String(step.commits),
      String(step.renders),
      String(step.fieldsRendered),
      String(step.maxRendersPerField),
      ms(step.commitMs),
    ]),
    [
      'Field renders: commits in which a field rendered, per field, summed. Every field reads the form context, so a change of',
      "the errors renders all of them; then Radix Form registers (or drops) each error message's id in its root's state from an",
      'effect (for aria-describedby): a second commit that renders every field again.',
    ],
  )
}

// --- First thing shown ----------------------------------------------------------------------------------------
/** The goal of issue 15: the customer sees that the kit is still trying within 1 s of any failed attempt. */
const SHOWN_GOAL_MS = 1000
if (runs('shown')) {
  const shown =
    /** @type {{ runs: number, latencyMs: number, paymentTimeoutMs: number, modes: Array<{ mode: string, medianMs: number, maxMs: number, text: string, retrying: boolean, attempt?: string }> }} */ (
      runChild('bench-render.mjs', [], ['--shown'])
    )
  results.shown = shown
  const ms = (/** @type {number} */ value) => `${formatNumber(value, 1)} ms`
  printTable(
    `First thing shown: first failed attempt -> first commit with a view (RecourseNotice in the DOM), median of ${shown.runs} runs`,
    ['failure mode', 'median', 'slowest', 'shown first'],
    shown.modes.map((row) => [
      row.mode,
      ms(row.medianMs),
      ms(row.maxMs),
      row.retrying ? `still trying, attempt ${row.attempt ?? '?'}` : 'the failure, settled',
    ]),
    [
      `happy-dom, React's own scheduler (no act), real timers; a fake fetch answers after ${shown.latencyMs} ms, and the`,
      `timeout mode's fetchJson gives up after ${shown.paymentTimeoutMs} ms. The clock starts when the failing response (or the`,
      "fetch's exception) reaches fetchJson, and stops in the layout effect of the commit that put the notice in the DOM.",
    ],
  )
  for (const row of shown.modes)
    goals.push([
      `shown within 1 s of the first failed attempt: ${row.mode}`,
      ms(row.medianMs),
      row.medianMs <= SHOWN_GOAL_MS,
    ])
}

// --- Memory ----------------------------------------------------------------------------------------------------
if (runs('memory')) {
  const memory = /** @type {import('./bench-memory.mjs').MemoryResult} */ (
    runChild('bench-memory.mjs', ['--expose-gc'])
  )
  results.memory = memory
  const mb = (/** @type {number} */ bytes) => `${formatNumber(bytes / 1_048_576, 2)} MB`
  const growth = (/** @type {number} */ bytes) => {
    const delta = bytes - memory.baseline
    return `${delta < 0 ? '-' : '+'}${formatNumber(Math.abs(delta) / 1024, 0)} kB`
  }
  printTable(
    `Memory: heap used after full GCs, ${formatNumber(memory.failures)} failures each (node --expose-gc)`,
    ['point', 'heap used', 'vs baseline'],
    [
      ['baseline (core loaded, warmed up)', mb(memory.baseline), ''],
      [
        `after classify x ${formatNumber(memory.failures)}`,
        mb(memory.afterClassify),
        growth(memory.afterClassify),
      ],
      [
        `after the retry policy x ${formatNumber(memory.failures)}`,
        mb(memory.afterRetryPolicy),
        growth(memory.afterRetryPolicy),
      ],
      ['while the failures and results are held', mb(memory.whileHeld), growth(memory.whileHeld)],
      ['after releasing them', mb(memory.afterRelease), growth(memory.afterRelease)],
    ],
    [
      'Held: what a cache that kept every failure would cost. No growth means less than 1 MB over the baseline.',
    ],
  )
  const worst = Math.max(memory.afterClassify, memory.afterRetryPolicy) - memory.baseline
  goals.push([
    'memory: no growth after 100,000 classifications (< 1 MB)',
    growth(memory.baseline + worst),
    worst < 1_048_576,
  ])
}

writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify({ ...results, goals }, null, 2)}\n`)

if (goals.length > 0)
  printTable(
    'Goals (only the size budgets fail CI, through `pnpm check-size`)',
    ['goal', 'figure', 'verdict'],
    goals.map(([goal, figure, met]) => [goal, figure, verdict(met)]),
  )

if (runs('hostile')) await import('./bench-hostile.mjs')
if (runs('fuzz')) await import('./bench-fuzz.mjs')
