import type { RecourseRule, RuleMatch } from '@recourse/core'

/** One rule of a classification table, in words: what the docs (Markdown and Storybook) show of it. */
export interface RuleRow {
  id: string
  when: string
  kind: string
  reason: string
  retry: string
  mayHaveProcessed: boolean
}

function condition(when: RuleMatch): string {
  const parts = Object.entries(when).map(([key, value]) => {
    const shown =
      value instanceof RegExp
        ? `/${value.source}/${value.flags}`
        : Array.isArray(value)
          ? value.join(', ')
          : String(value)
    return `${key}: ${shown}`
  })
  return parts.length ? parts.join('; ') : '(anything else)'
}

/** The rows of a rules table, read from the rules data itself: the docs cannot drift from the code. */
export function ruleRows(rules: readonly RecourseRule[]): RuleRow[] {
  return rules.map((rule) => ({
    id: rule.id,
    when: condition(rule.when),
    kind: rule.kind ?? '(unchanged)',
    reason: rule.reason ?? '(unchanged)',
    retry: rule.retry ?? '(by kind)',
    mayHaveProcessed: rule.mayHaveProcessed === true,
  }))
}
