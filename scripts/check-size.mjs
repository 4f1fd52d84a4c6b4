// The size budgets, as a check: measures the budgeted entries of the built packages (as `pnpm bench` does) and
// exits 1 when one is over its budget or could not be measured. Sizes are deterministic, so this may fail CI;
// the timings of `pnpm bench` never do.
import { printTable } from './bench-table.mjs'
import {
  budgetCell,
  checkBudgets,
  describeVerdict,
  formatBytes,
  targetCell,
} from './size-budget.mjs'
import { breakDown, ensureBuilt, listSizeEntries, measureSizes } from './sizes.mjs'

ensureBuilt()
const rows = await measureSizes(await listSizeEntries({ budgetedOnly: true }))
const verdict = checkBudgets(rows)
printTable(
  'Size budgets: min+gzip of the built packages, dependencies and peers external',
  ['entry', 'min+gzip', 'budget (fails CI)', "issue's target"],
  rows.map((row) => [row.entry, formatBytes(row.gzipped), budgetCell(row), targetCell(row)]),
  describeVerdict(verdict),
)
if (!verdict.ok) process.exitCode = 1

// `pnpm check-size --why [entry]`: where the bytes of the budgeted entries (or of the one named) go.
const why = process.argv.indexOf('--why')
if (why >= 0) {
  const only = process.argv[why + 1]
  for (const entry of await listSizeEntries({ budgetedOnly: true })) {
    if (entry.entry.startsWith('further dialect') || (only && !entry.entry.includes(only))) continue
    printTable(
      `Where the bytes of "${entry.entry}" go`,
      ['module', 'minified in the bundle', 'min+gzip alone'],
      (await breakDown(entry)).map((row) => [
        row.module,
        formatBytes(row.minified),
        formatBytes(row.gzippedAlone),
      ]),
      [],
    )
  }
}
