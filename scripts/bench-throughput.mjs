// Classification throughput over the provider fixture corpus, on the built @recourse/core, beside what it is
// compared with in the same process: JSON.parse of the same bodies, and a naive switch on the status code.
// Each operation is warmed up, then timed in rounds (the operations interleaved, their order rotated each round);
// the figures are medians over the rounds, and each ratio is the median of the per-round ratios, so that a noisy
// machine slows both sides of a ratio alike.
import { loadCorpus } from './fixture-corpus.mjs'

/**
 * @typedef {{ name: string, opsPerSecond: number, nsPerOp: number, versusParse: number, versusSwitch: number }} ThroughputRow
 * `versusParse`, `versusSwitch`: cost per call over JSON.parse's, over the status switch's (medians of per-round ratios)
 * @typedef {{ cases: number, rounds: number, rows: ThroughputRow[] }} ThroughputResult
 */

/**
 * What a checkout without a classifier does: a kind from the status code alone.
 *
 * @param {number} status
 */
export function naiveKind(status) {
  switch (true) {
    case status === 402:
      return 'declined'
    case status === 408 || status === 429 || status >= 500:
      return 'retry-later'
    case status >= 400:
      return 'fix-input'
    default:
      return 'contact-support'
  }
}

/** @param {number[]} values */
const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0

/**
 * @param {Pick<typeof import('@recourse/core'), 'classify'>} core
 * @param {{ rounds?: number, sampleMs?: number, warmupMs?: number }} [options]
 * @returns {ThroughputResult}
 */
export function measureThroughput(core, { rounds = 31, sampleMs = 25, warmupMs = 250 } = {}) {
  const corpus = loadCorpus()
  // Each call gets a new failure object, as each real failure is one: a cache keyed by the failure would not help.
  /** @type {Array<[name: string, operation: (entry: import('./fixture-corpus.mjs').CorpusCase) => number]>} */
  const operations = [
    [
      'classify(raw failure, body as text)',
      (entry) =>
        core.classify(
          { status: entry.status, headers: entry.headers, body: entry.text },
          entry.context,
        ).kind.length,
    ],
    [
      'classify(pre-parsed body)',
      (entry) =>
        core.classify(
          { status: entry.status, headers: entry.headers, body: entry.parsed },
          entry.context,
        ).kind.length,
    ],
    ['JSON.parse(body)', (entry) => (JSON.parse(entry.text) === null ? 0 : 1)],
    ['naive status switch', (entry) => naiveKind(entry.status).length],
  ]

  let sink = 0
  /** @param {(entry: import('./fixture-corpus.mjs').CorpusCase) => number} operation @param {number} passes */
  const time = (operation, passes) => {
    const start = performance.now()
    for (let pass = 0; pass < passes; pass++) for (const entry of corpus) sink += operation(entry)
    return performance.now() - start
  }

  // Warm-up, which also sizes each sample to about `sampleMs`.
  const passesPerSample = operations.map(([, operation]) => {
    let passes = 0
    const start = performance.now()
    while (performance.now() - start < warmupMs) {
      time(operation, 1)
      passes++
    }
    return Math.max(1, Math.round((passes * sampleMs) / warmupMs))
  })

  /** @type {number[][]} ns per operation, by operation, one per round */
  const samples = operations.map(() => [])
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < operations.length; offset++) {
      const index = (round + offset) % operations.length
      const operation = operations[index]?.[1]
      const passes = passesPerSample[index] ?? 1
      if (!operation) continue
      const elapsed = time(operation, passes)
      samples[index]?.push((elapsed * 1e6) / (passes * corpus.length))
    }
  }
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink) // keeps the results observable

  /** @param {number} of @param {number} to the median over rounds of `of`'s cost over `to`'s in the same round */
  const ratio = (of, to) =>
    median((samples[of] ?? []).map((ns, round) => ns / (samples[to]?.[round] ?? ns)))
  const parseIndex = 2
  const switchIndex = 3
  const rows = operations.map(([name], index) => {
    const nsPerOp = median(samples[index] ?? [])
    return {
      name,
      nsPerOp,
      opsPerSecond: 1e9 / nsPerOp,
      versusParse: ratio(index, parseIndex),
      versusSwitch: ratio(index, switchIndex),
    }
  })
  return { cases: corpus.length, rounds, rows }
}
