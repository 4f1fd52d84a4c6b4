// The size-budget check of `pnpm check-size`, proven on made-up tables: it must not depend on what the packages
// weigh today (they are being shrunk), only on its logic.
import { describe, expect, it } from 'vitest'
import {
  FURTHER_DIALECT_TARGET,
  SIZE_BUDGETS,
  SIZE_TARGETS,
  budgetCell,
  budgetsFor,
  targetCell,
  checkBudgets,
  describeVerdict,
} from '../../scripts/size-budget.mjs'

// The ratchet budgets come down as the packages shrink: the rows are set from them, not from today's figures.
const UI_BUDGET = SIZE_BUDGETS['@recourse/ui']
const CLASSIFY_BUDGET = SIZE_BUDGETS['classify + stripe']
const formatted = (bytes: number) => `${bytes.toLocaleString('en-US')} B`

const underBudget = [
  { entry: 'React checkout path + stripe', gzipped: 11_000 },
  { entry: 'classify + stripe', gzipped: 2_000 },
  { entry: '@recourse/ui', gzipped: UI_BUDGET },
  { entry: 'further dialect: adyen', gzipped: 800 },
  { entry: 'ky', gzipped: 9_000 },
]

describe('given the size targets of the issue', () => {
  it("should target the README's React path at 12,000 B, classify with one dialect at 4,000 B, ui at 6,000 B and each further dialect at 800 B", () => {
    expect(SIZE_TARGETS).toEqual({
      'React checkout path + stripe': 12_000,
      'classify + stripe': 4_000,
      '@recourse/ui': 6_000,
    })
    expect(FURTHER_DIALECT_TARGET).toBe(800)
  })

  it('should budget no entry below its target, and none more than twice it', () => {
    for (const [entry, target] of Object.entries(SIZE_TARGETS)) {
      const budget = SIZE_BUDGETS[entry as keyof typeof SIZE_BUDGETS]
      expect(budget).toBeGreaterThanOrEqual(target)
      expect(budget).toBeLessThanOrEqual(target * 2)
    }
  })

  it('should print whether a row meets its target, a further dialect included', () => {
    expect(targetCell({ entry: 'classify + stripe', gzipped: 4_000 })).toBe('<= 4,000 B met')
    expect(targetCell({ entry: 'further dialect: paddle', gzipped: 801 })).toBe('<= 800 B not yet')
    expect(targetCell({ entry: 'ky', gzipped: 1 })).toBe('')
  })
})

describe('given a further dialect', () => {
  it('should budget it 800 B, found by its row: a new provider needs no list edited', () => {
    expect(budgetsFor([{ entry: 'further dialect: acme', gzipped: 1 }])).toMatchObject({
      'further dialect: acme': 800,
    })
    expect(
      checkBudgets([...underBudget, { entry: 'further dialect: acme', gzipped: 801 }]).over,
    ).toEqual([{ entry: 'further dialect: acme', gzipped: 801, budget: 800 }])
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
    expect(budgetCell({ entry: '@recourse/ui', gzipped: UI_BUDGET })).toBe(
      `<= ${formatted(UI_BUDGET)} pass`,
    )
    expect(budgetCell({ entry: 'ky', gzipped: 9_000 })).toBe('')
  })
})

describe('given a table over budget', () => {
  const overBudget = underBudget.map((row) =>
    row.entry === 'classify + stripe' ? { ...row, gzipped: 11_000 } : row,
  )

  it('should fail and name the entry, its size and its budget', () => {
    const verdict = checkBudgets(overBudget)
    expect(verdict.ok).toBe(false)
    expect(verdict.over).toEqual([
      { entry: 'classify + stripe', gzipped: 11_000, budget: CLASSIFY_BUDGET },
    ])
    expect(describeVerdict(verdict)).toEqual([
      `classify + stripe: 11,000 B min+gzip, over its budget of ${formatted(CLASSIFY_BUDGET)} by ${formatted(11_000 - CLASSIFY_BUDGET)}`,
    ])
    expect(budgetCell({ entry: 'classify + stripe', gzipped: 11_000 })).toBe(
      `<= ${formatted(CLASSIFY_BUDGET)} FAIL`,
    )
  })

  it('should fail by a single byte', () => {
    const verdict = checkBudgets([...underBudget, { entry: 'extra', gzipped: 1 }], {
      'classify + stripe': 1_999,
    })
    expect(verdict.ok).toBe(false)
    expect(verdict.over).toEqual([{ entry: 'classify + stripe', gzipped: 2_000, budget: 1_999 }])
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
