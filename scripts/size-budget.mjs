// The size budgets that fail CI, and the check itself, kept apart from the measuring (scripts/sizes.mjs) so
// that a unit test can prove the check on made-up figures, whatever the packages weigh today.

/**
 * The targets of the issue "Size, re-based on what a user ships", in bytes min+gzip: the README's React checkout
 * path with one dialect (React, TanStack Query and Radix external), `classify` with one dialect, @recourse/ui whole,
 * and what each further dialect adds. Printed beside the budgets until every entry meets its target.
 */
export const SIZE_TARGETS = Object.freeze({
  'React checkout path + stripe': 12_000,
  'classify + stripe': 4_000,
  '@recourse/ui': 6_000,
})
export const FURTHER_DIALECT_TARGET = 800

/**
 * The budgets that fail CI: a ratchet at today's figures (rounded up a little) where the target is not met yet, so
 * nothing grows while the work to meet the targets goes on; the target itself where it is met.
 */
export const SIZE_BUDGETS = Object.freeze({
  'React checkout path + stripe': 21_800,
  'classify + stripe': 7_650,
  '@recourse/ui': 7_000,
})

/** What each further dialect may add to `classify + stripe`, min+gzip: the target, but for the two over it. */
export const FURTHER_DIALECT_BUDGET = FURTHER_DIALECT_TARGET
const FURTHER_DIALECT_RATCHET = Object.freeze({
  mastercard: 2_020,
  braintreeGateway: 1_650,
})

/** The entry name of a further dialect's row: what it adds to `classify + stripe`. */
export const FURTHER_DIALECT = 'further dialect: '

/**
 * The budgets of a table: the fixed ones, and one per further-dialect row it has (every dialect of the build is
 * measured, so a new provider gets its budget without a list to edit).
 *
 * @param {readonly MeasuredEntry[]} rows
 * @returns {Readonly<Record<string, number>>}
 */
export function budgetsFor(rows) {
  /** @type {Record<string, number>} */
  const budgets = { ...SIZE_BUDGETS }
  for (const row of rows) {
    if (!row.entry.startsWith(FURTHER_DIALECT)) continue
    const dialect = row.entry.slice(FURTHER_DIALECT.length)
    budgets[row.entry] =
      FURTHER_DIALECT_RATCHET[/** @type {keyof typeof FURTHER_DIALECT_RATCHET} */ (dialect)] ??
      FURTHER_DIALECT_BUDGET
  }
  return budgets
}

/**
 * The target column: the target and whether the entry meets it, or empty.
 *
 * @param {MeasuredEntry} row
 */
export function targetCell(row) {
  const target = row.entry.startsWith(FURTHER_DIALECT)
    ? FURTHER_DIALECT_TARGET
    : SIZE_TARGETS[/** @type {keyof typeof SIZE_TARGETS} */ (row.entry)]
  if (target === undefined) return ''
  return `<= ${formatBytes(target)} ${row.gzipped <= target ? 'met' : 'not yet'}`
}

/**
 * @typedef {{ entry: string, gzipped: number }} MeasuredEntry
 * @typedef {{ entry: string, gzipped: number, budget: number }} OverBudget
 * @typedef {{ ok: boolean, over: OverBudget[], missing: string[] }} BudgetVerdict
 */

/**
 * Compares measured entries with their budgets. Fails when an entry is over its budget, and when a budgeted entry
 * was not measured at all (a renamed or vanished entry must not pass silently). Entries without a budget are
 * ignored. Equal to the budget passes.
 *
 * @param {readonly MeasuredEntry[]} rows
 * @param {Readonly<Record<string, number>>} [budgets]
 * @returns {BudgetVerdict}
 */
export function checkBudgets(rows, budgets = budgetsFor(rows)) {
  /** @type {OverBudget[]} */
  const over = []
  /** @type {string[]} */
  const missing = []
  for (const [entry, budget] of Object.entries(budgets)) {
    const row = rows.find((candidate) => candidate.entry === entry)
    if (!row || !Number.isFinite(row.gzipped)) missing.push(entry)
    else if (row.gzipped > budget) over.push({ entry, gzipped: row.gzipped, budget })
  }
  return { ok: over.length === 0 && missing.length === 0, over, missing }
}

/**
 * The budget column of a size table: the budget and pass/FAIL, or empty for an entry without one.
 *
 * @param {MeasuredEntry} row
 * @param {Readonly<Record<string, number>>} [budgets]
 */
export function budgetCell(row, budgets = budgetsFor([row])) {
  const budget = budgets[row.entry]
  if (budget === undefined) return ''
  return `<= ${formatBytes(budget)} ${row.gzipped <= budget ? 'pass' : 'FAIL'}`
}

/** @param {number} bytes as `12,345 B` */
export function formatBytes(bytes) {
  return `${bytes.toLocaleString('en-US')} B`
}

/**
 * What `check-size` prints under its table.
 *
 * @param {BudgetVerdict} verdict
 * @returns {string[]}
 */
export function describeVerdict(verdict) {
  if (verdict.ok) return ['Every entry is within its budget.']
  return [
    ...verdict.over.map(
      (row) =>
        `${row.entry}: ${formatBytes(row.gzipped)} min+gzip, over its budget of ${formatBytes(row.budget)} by ${formatBytes(row.gzipped - row.budget)}`,
    ),
    ...verdict.missing.map((entry) => `${entry}: has a budget but was not measured`),
  ]
}
