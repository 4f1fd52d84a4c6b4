// Hostile input, timed on the built @recourse/core: how long a failed request holds the main thread.
//   capped   bodies fetchJson lets through (64 KiB or less, error or 2xx decline), through fetchJson, then what the
//            hooks do with the error: maskError (recourseDefaults), classify and describe. Goal: one frame, 16 ms.
//   direct   values handed to classify directly (a thrown 1 MB string, a parsed 200,000-key map, long shared lists,
//            deep chains, Proxies): maskError, classify and describe. Goal: 50 ms.
// Each input: one warm-up, then the median of 5 runs, wall and CPU time; the worst input's CPU time is checked
// against its goal, and the script exits 1 when one is missed. On a machine shared with other work, wall time also
// counts waiting for a core: the load average is printed with the figures. The hostile-input suites (test/hostile.test.ts, test/masking.property.test.ts) prove
// the answers; this shows the cost.
import os from 'node:os'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { repoRoot } from './packages.mjs'

const core = /** @type {typeof import('@recourse/core')} */ (
  await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href)
)

const CAPPED_GOAL_MS = 16
const DIRECT_GOAL_MS = 50
const KIB_64 = 65_536
const RUNS = 5

// Enumerating an object's first key costs the engine time in proportion to all its keys (for…in, Object.keys:
// JavaScript has no partial enumeration). This input is timed, and its engine baseline beside it, but not checked.
const ENGINE_BOUND = '200,000-field error map (parsed)'

const throwing = () => {
  throw new Error('trap')
}

/** `text` repeated to exactly `bytes` UTF-8 bytes or just under. @param {string} text @param {number} bytes */
function fill(text, bytes = KIB_64) {
  const unit = Buffer.byteLength(text)
  return text.repeat(Math.floor(bytes / unit))
}

/** A JSON body of at most 64 KiB whose `hole` (a JSON string) is filled with `text`. @param {(filler: string) => unknown} shape @param {string} text */
function jsonBody(shape, text) {
  const empty = Buffer.byteLength(JSON.stringify(shape('')))
  let filler = fill(text, KIB_64 - empty)
  // JSON escapes (\u escapes of zero-width spaces) make the text longer than its bytes: shorten until it fits.
  while (Buffer.byteLength(JSON.stringify(shape(filler))) > KIB_64)
    filler = filler.slice(0, Math.floor(filler.length * 0.9))
  return JSON.stringify(shape(filler))
}

/** @returns {Array<[string, number, string, string?]>} name, status, body, method */
function cappedInputs() {
  const manyFields = () => {
    /** @type {Record<string, string>} */
    const errors = {}
    let index = 0
    while (
      Buffer.byteLength(JSON.stringify({ Type: 'param_error', Id: 'x', errors })) <
      KIB_64 - 128
    )
      errors[`4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ${index++}`] = '4111 1111 1111 1111 cvc 123'
    return JSON.stringify({ Type: 'param_error', Id: 'x', errors })
  }
  const detail = () => {
    const loc = Array.from({ length: 40 }, () => '4 1 1 1 1 1 1 1 1 1')
    /** @type {unknown[]} */
    const errors = []
    const error = { loc, msg: 'field required 4111 1111 1111 1111', type: 'missing' }
    const size = Buffer.byteLength(JSON.stringify(error)) + 1
    while (Buffer.byteLength(JSON.stringify({ message: 'Invalid', errors })) + size <= KIB_64)
      errors.push(error)
    return JSON.stringify({ message: 'Invalid', errors })
  }
  return [
    ['64 KiB text of "1 1 1 …"', 500, fill('1 ')],
    ['64 KiB text of "4 " (a card prefix)', 500, fill('4 ')],
    ['64 KiB text of card numbers', 400, fill('4111 1111 1111 1111 ')],
    ['64 KiB text of full-width digits', 400, fill('４ ')],
    ['64 KiB text of Arabic-Indic digits', 400, fill('٤ ')],
    ['64 KiB text of digits and zero-width spaces', 400, fill('4\u200b')],
    ['64 KiB text of emails', 400, fill('a@b.co ')],
    ['64 KiB text of "cvc: 123"', 400, fill('"cvc": "123", ')],
    ['64 KiB text of IBAN-like groups', 400, fill('DE89 3704 0044 0532 0130 00 ')],
    [
      '64 KiB JSON, message of "1 1 1 …"',
      402,
      jsonBody((text) => ({ error: { type: 'card_error', code: 'x', message: text } }), '1 '),
    ],
    [
      '64 KiB JSON, one digit-run key',
      400,
      jsonBody((text) => ({ Type: 'param_error', Id: 'x', errors: { [text]: 'required' } }), '4 '),
    ],
    ['64 KiB JSON, a field map of card-like keys', 400, manyFields()],
    ['64 KiB JSON, errors with shared loc lists', 422, detail()],
    ['64 KiB JSON nested 32,000 deep', 400, '['.repeat(32_000) + ']'.repeat(32_000)],
    [
      '64 KiB 2xx decline (POST), message of cards',
      200,
      jsonBody(
        (text) => ({ Status: 'FAILED', ResultCode: '101101', ResultMessage: text }),
        '5555 5555 5555 4444 ',
      ),
      'POST',
    ],
    [
      '64 KiB 2xx success (POST), digit-run key',
      200,
      jsonBody((text) => ({ id: 'pay_1', status: 'succeeded', metadata: { [text]: 1 } }), '4 '),
      'POST',
    ],
  ]
}

/** @returns {Array<[string, () => unknown]>} */
function directInputs() {
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
  const megabyteOfOnes = '1 '.repeat(500_000)
  const longString = `4 ${'1 '.repeat(500_000)}`
  const sharedLoc = Array.from({ length: 100_000 }, () => longString)
  const sharedErrors = Array.from({ length: 100_000 }, () => ({ loc: sharedLoc, msg: longString }))
  const bigKey = { Type: 'param_error', Id: 'x', errors: { ['4 '.repeat(1_000_000)]: 'x' } }
  return [
    ['thrown 1 MB string of "1 1 1 …"', () => megabyteOfOnes],
    ['Error with a 1 MB message', () => new Error(megabyteOfOnes)],
    ['10 MB text body', () => ({ status: 500, body: huge })],
    ['10 MB JSON text body', () => ({ status: 400, body: hugeJson })],
    [ENGINE_BOUND, () => ({ status: 400, body: { Type: 'param_error', Id: 'x', errors: map } })],
    ['2 MB digit-run key (parsed)', () => ({ status: 400, body: bigKey })],
    [
      '100,000 errors sharing 100,000-item loc lists of 1 MB strings',
      () => ({ status: 422, body: { message: 'Invalid', errors: sharedErrors } }),
    ],
    ['200,000-deep JSON text', () => ({ status: 400, body: deepText })],
    ['100,000-deep object', () => ({ status: 400, body: deepRoot })],
    ['100,000-deep cause chain', () => cause],
    ['Proxy whose traps throw', () => ({ status: 400, body: proxy, headers: proxy })],
    ['AggregateError', () => new AggregateError([proxy, new TypeError('Failed to fetch')])],
    ['nonsense Retry-After', () => ({ status: 503, headers: { 'Retry-After': '9'.repeat(400) } })],
  ]
}

/**
 * Wall time and CPU time of `run`. On a machine shared with other work, wall time also counts the time the process
 * waited for a core; CPU time (process.cpuUsage: this process, its GC threads included) is what the code costs.
 * @param {() => Promise<unknown> | unknown} run
 * @returns {Promise<{ median: number, max: number, cpu: number }>}
 */
async function time(run) {
  await run()
  /** @type {number[]} */
  const times = []
  /** @type {number[]} */
  const cpu = []
  for (let index = 0; index < RUNS; index++) {
    const startCpu = process.cpuUsage()
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
    const used = process.cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const middle = Math.floor(RUNS / 2)
  return { median: times[middle] ?? 0, max: times.at(-1) ?? 0, cpu: cpu[middle] ?? 0 }
}

/** The app's own call: classify the failure and word it. @param {unknown} error */
function handle(error) {
  return core.describe(core.classify(error, { method: 'GET' }))
}

/** What the hooks do (recourseDefaults): keep a masked copy, classify it and word it. @param {unknown} error */
function handleMasked(error) {
  return handle(core.maskError(error))
}

/** @param {string} body @param {number} status @param {string} method @param {(error: unknown) => unknown} then */
async function failedFetch(body, status, method, then) {
  /** @type {typeof fetch} */
  const fetchImpl = async () =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } })
  try {
    await core.fetchJson('https://api.test/pay', { method, fetch: fetchImpl })
  } catch (error) {
    then(error)
  }
}

/** The worse of the two paths, each a median. @param {Array<{ median: number, max: number, cpu: number }>} paths */
const worse = (...paths) => ({
  median: Math.max(...paths.map((path) => path.median)),
  max: Math.max(...paths.map((path) => path.max)),
  cpu: Math.max(...paths.map((path) => path.cpu)),
})

/** @type {Array<[string, string, { median: number, max: number, cpu: number }]>} */
const rows = []
for (const [name, status, body, method = 'GET'] of cappedInputs()) {
  if (Buffer.byteLength(body) > KIB_64) throw new Error(`${name} is over 64 KiB`)
  rows.push([
    'capped',
    name,
    worse(
      await time(() => failedFetch(body, status, method, handle)),
      await time(() => failedFetch(body, status, method, handleMasked)),
    ),
  ])
}
/** @type {number | undefined} */
let engineBaseline
for (const [name, make] of directInputs()) {
  const input = make()
  rows.push([
    'direct',
    name,
    worse(await time(() => handle(input)), await time(() => handleMasked(input))),
  ])
  if (name === ENGINE_BOUND) {
    const errors = /** @type {{ body: { errors: object } }} */ (input).body.errors
    engineBaseline = (
      await time(() => {
        for (const key in errors) return key
      })
    ).median
  }
}

const ms = (/** @type {number} */ value) => `${value.toFixed(2)} ms`
console.log(
  `\nHostile input: main-thread time of a failure, built package (median and max of 5 after a warm-up; the worse of the
app's path, classify + describe, and the hooks' path, maskError + classify + describe). Load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores.\n`,
)
const width = Math.max(...rows.map(([, name]) => name.length))
console.log(
  `${'group'.padEnd(7)} ${'input'.padEnd(width)}  ${'wall median'.padStart(11)}  ${'wall max'.padStart(10)}  ${'CPU median'.padStart(10)}`,
)
for (const [group, name, { median, max, cpu }] of rows)
  console.log(
    `${group.padEnd(7)} ${name.padEnd(width)}  ${ms(median).padStart(11)}  ${ms(max).padStart(10)}  ${ms(cpu).padStart(10)}`,
  )

// Checked on CPU time: on a shared machine, wall time also counts waiting for a core (on an idle one they agree).
let missed = false
console.log('')
for (const [group, goal, what] of /** @type {const} */ ([
  ['capped', CAPPED_GOAL_MS, 'a body fetchJson lets through (<= 64 KiB), fetchJson included'],
  ['direct', DIRECT_GOAL_MS, 'a value handed to classify directly'],
])) {
  const worst = rows
    .filter(([rowGroup, name]) => rowGroup === group && name !== ENGINE_BOUND)
    .reduce((top, row) => (row[2].cpu > top[2].cpu ? row : top))
  const met = worst[2].cpu <= goal
  missed ||= !met
  console.log(
    `worst ${group}: ${ms(worst[2].cpu)} CPU, ${ms(worst[2].median)} wall (${worst[1]}); goal <= ${goal} ms for ${what}: ${met ? 'pass' : 'FAIL'}`,
  )
}
console.log(
  `not checked: ${ENGINE_BOUND}, the engine's own for…in to its first key alone takes ${ms(engineBaseline ?? 0)}; the JSON.parse that produced it cost more.`,
)
if (missed) process.exitCode = 1
