// The size-budget check of `pnpm check-size`, proven on made-up tables: it must not depend on what the packages
// weigh today (they are being shrunk), only on its logic.
import { describe, expect, it } from 'vitest'
import {
  SIZE_BUDGETS,
  budgetCell,
  checkBudgets,
  describeVerdict,
} from '../../scripts/size-budget.mjs'

const underBudget = [
  { entry: '@recourse/core', gzipped: 4_321 },
  { entry: 'classify + stripe', gzipped: 2_000 },
  { entry: '@recourse/react', gzipped: 1_999 },
  { entry: '@recourse/ui', gzipped: 6_000 },
  { entry: 'ky', gzipped: 9_000 },
]

describe('given the size budgets of the issue', () => {
  it('should budget core 5,000 B, classify with one dialect 2,500 B, react 2,000 B and ui 6,000 B', () => {
    expect(SIZE_BUDGETS).toEqual({
      '@recourse/core': 5_000,
      'classify + stripe': 2_500,
      '@recourse/react': 2_000,
      '@recourse/ui': 6_000,
    })
  })
})

describe('given a table within every budget', () => {
  it('should pass, an entry equal to its budget included, whatever entries without a budget weigh', () => {
    expect(checkBudgets(underBudget)).toEqual({ ok: true, over: [], missing: [] })
    expect(describeVerdict(checkBudgets(underBudget))).toEqual([
      'Every entry is within its budget.',
    ])
  })

  it('should mark each budgeted entry pass and leave the others blank', () => {
    expect(budgetCell({ entry: '@recourse/ui', gzipped: 6_000 })).toBe('<= 6,000 B pass')
    expect(budgetCell({ entry: 'ky', gzipped: 9_000 })).toBe('')
  })
})

describe('given a table over budget', () => {
  const overBudget = underBudget.map((row) =>
    row.entry === '@recourse/core' ? { ...row, gzipped: 11_000 } : row,
  )

  it('should fail and name the entry, its size and its budget', () => {
    const verdict = checkBudgets(overBudget)
    expect(verdict.ok).toBe(false)
    expect(verdict.over).toEqual([{ entry: '@recourse/core', gzipped: 11_000, budget: 5_000 }])
    expect(describeVerdict(verdict)).toEqual([
      '@recourse/core: 11,000 B min+gzip, over its budget of 5,000 B by 6,000 B',
    ])
    expect(budgetCell({ entry: '@recourse/core', gzipped: 11_000 })).toBe('<= 5,000 B FAIL')
  })

  it('should fail by a single byte', () => {
    const verdict = checkBudgets([...underBudget, { entry: 'extra', gzipped: 1 }], {
      '@recourse/react': 1_998,
    })
    expect(verdict.ok).toBe(false)
    expect(verdict.over).toEqual([{ entry: '@recourse/react', gzipped: 1_999, budget: 1_998 }])
  })
})

describe('given a table without a budgeted entry', () => {
  it('should fail rather than pass an entry that was renamed or not measured', () => {
    const verdict = checkBudgets(underBudget.filter((row) => row.entry !== 'classify + stripe'))
    expect(verdict).toEqual({ ok: false, over: [], missing: ['classify + stripe'] })
    expect(describeVerdict(verdict)).toEqual([
      'classify + stripe: has a budget but was not measured',
    ])
  })

  it('should fail on a size that is not a number', () => {
    expect(
      checkBudgets([{ entry: '@recourse/ui', gzipped: Number.NaN }], { '@recourse/ui': 6_000 }).ok,
    ).toBe(false)
  })
})
