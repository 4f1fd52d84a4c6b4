import type { RecourseRule } from '@recourse/core'
// The tables are internal data (not in the public entry): the docs read them from the source.
import {
  checkRules,
  outcomeRules,
  sourceRules,
  statusRules,
} from '../../packages/core/src/statusRules.ts'
import { ruleRows } from '../../docs/storybook/ruleRows.js'

function table(rules: readonly RecourseRule[]): string {
  const rows = ruleRows(rules).map(
    (row) =>
      `| \`${row.id}\` | ${row.when} | ${row.kind} | ${row.reason} | ${row.retry} | ${row.mayHaveProcessed ? 'yes' : ''} |`,
  )
  return [
    '| rule | when | kind | reason | retry | may have been processed |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** The classification tables as Markdown, generated from the rules data in @recourse/core. */
export function renderClassificationTables(): string {
  return `# How Recourse classifies a failure

<!-- Generated from the rules in @recourse/core by test/docs/classificationTable.ts: do not edit by hand.
     Run \`UPDATE_DOCS=1 pnpm vitest run test/docs\` after changing a rule. -->

\`classify\` applies these tables in order; in each, the first rule that matches refines the result, and
\`Recourse.trail\` lists the rules that did:

1. **status** (or, without an HTTP answer, **source**): the default for the status code;
2. **outcome**: a 2xx body that reports what happened to a payment;
3. **dialect**: the provider's own codes and texts;
4. **checks**; 5. **the app's rules** (\`createClassifier({ rules })\`);
6. **safety**, which no rule can turn off: a request that *may have been processed* and is not safe to repeat
   (POST or PATCH without an idempotency key) becomes \`contact-support\` / \`outcome-unknown\`, never retried.

**retry**: \`always\`, the server did not process the request, so sending it again is safe; \`idempotent\`, only
when the request is idempotent (GET, HEAD, OPTIONS, PUT, DELETE, or an idempotency key was sent); \`never\`.
\`fix-input\` and \`declined\` are never retried: the same request would fail the same way. Fields are reported
only for \`fix-input\`.

## Status

${table(statusRules)}

## Source (no HTTP answer)

${table(sourceRules)}

## Outcome (a 2xx body that reports a payment)

${table(outcomeRules)}

## Dialects

Each provider's dialect applies its own rules here, after the outcome table. They are not repeated in this file, so
that adding a provider changes no generated file: the **Docs / Providers** page of the Storybook renders each
dialect's rules from the code beside its section of \`docs/providers.md\`, and they are the \`rules\` of
\`packages/core/src/dialects/<name>.ts\`.

## Checks

${table(checkRules)}
`
}
