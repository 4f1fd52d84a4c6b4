// The size budgets that fail CI, and the check itself, kept apart from the measuring (scripts/sizes.mjs) so
// that a unit test can prove the check on made-up figures, whatever the packages weigh today.

/** Budgets in bytes, min+gzip, by entry name (see scripts/sizes.mjs for what each entry bundles). */
export const SIZE_BUDGETS = Object.freeze({
  '@recourse/core': 5_000,
  'classify + stripe': 2_500,
  '@recourse/react': 2_000,
  '@recourse/ui': 6_000,
})

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
export function checkBudgets(rows, budgets = SIZE_BUDGETS) {
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
export function budgetCell(row, budgets = SIZE_BUDGETS) {
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
