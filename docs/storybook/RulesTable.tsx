import { classify, type RecourseRule } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
// The tables are internal data (not in the public entry): the docs read them from the source.
import {
  checkRules,
  outcomeRules,
  sourceRules,
  statusRules,
} from '../../packages/core/src/statusRules.ts'
import { parseHttpResponse } from '../../apps/playground/src/parseHttpResponse.js'
import { samples } from '../../apps/playground/src/samples.js'
import { ruleRows } from './ruleRows.js'
import './docs.css'

/** A rules table, rendered from the rules data in @recourse/core (the same rows as docs/classification.md). */
export function RulesTable({
  rules,
  caption,
}: {
  rules: readonly RecourseRule[]
  caption: string
}) {
  if (rules.length === 0) {
    return (
      <p>
        No rules of its own: the status table decides; the dialect reads fields, codes and
        references.
      </p>
    )
  }
  return (
    <table className="docs-rules">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">rule</th>
          <th scope="col">when</th>
          <th scope="col">kind</th>
          <th scope="col">reason</th>
          <th scope="col">retry</th>
          <th scope="col">may have been processed</th>
        </tr>
      </thead>
      <tbody>
        {ruleRows(rules).map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <code>{row.id}</code>
            </th>
            <td>{row.when}</td>
            <td>{row.kind}</td>
            <td>{row.reason}</td>
            <td>{row.retry}</td>
            <td>{row.mayHaveProcessed ? 'yes' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Every table `classify` applies, in order. */
export function ClassificationTables() {
  return (
    <>
      <h2>Status</h2>
      <RulesTable rules={statusRules} caption="The default for each status code" />
      <h2>Source (no HTTP answer)</h2>
      <RulesTable rules={sourceRules} caption="Network drops, timeouts, cancellations" />
      <h2>Outcome (a 2xx body that reports a payment)</h2>
      <RulesTable
        rules={outcomeRules}
        caption="Payments a 2xx body reports as declined, pending or unknown"
      />
      {allDialects.map((dialect) => (
        <DialectSection key={dialect.name} name={dialect.name} />
      ))}
      <h2>Checks</h2>
      <RulesTable rules={checkRules} caption="Checks applied after the dialect" />
    </>
  )
}

function DialectSection({ name }: { name: string }) {
  return (
    <>
      <h2>Dialect: {name}</h2>
      <DialectRules name={name} />
    </>
  )
}

/** The rules of one dialect. */
export function DialectRules({ name }: { name: string }) {
  const dialect = allDialects.find((candidate) => candidate.name === name)
  if (!dialect) return <p>No dialect named {name}.</p>
  return <RulesTable rules={dialect.rules} caption={`Rules of the ${name} dialect`} />
}

/** How many of a provider's cases its docs show: published bodies first. */
const SAMPLES_PER_PROVIDER = 3

/**
 * A provider's fixture cases (the playground's samples), classified as the page renders: the raw response and what
 * `classify` made of it. Nothing here is written by hand, so it cannot disagree with the code.
 */
export function ClassifiedSamples({ provider }: { provider: string }) {
  const own = samples.filter((sample) => sample.provider === provider)
  const shown = [
    ...own.filter((sample) => sample.source !== undefined),
    ...own.filter((sample) => sample.source === undefined),
  ].slice(0, SAMPLES_PER_PROVIDER)
  if (shown.length === 0) return <p>No fixtures for {provider}.</p>
  return (
    <div className="docs-samples">
      {shown.map((sample) => {
        const raw = sample.raw
        const parsed = parseHttpResponse(raw)
        const recourse = parsed.ok
          ? classify(
              {
                status: parsed.response.status,
                headers: parsed.response.headers,
                body: parsed.response.body,
              },
              { method: sample.method, idempotent: sample.idempotent },
            )
          : undefined
        return (
          <figure key={sample.id} className="docs-sample">
            <figcaption>
              {sample.label}{' '}
              <span className="docs-sample-request">
                ({sample.method}, {sample.idempotent ? 'idempotent' : 'no idempotency key'})
              </span>
              {sample.source ? (
                <>
                  {' '}
                  Source: <code>{sample.source}</code>
                </>
              ) : null}
            </figcaption>
            <pre>{raw}</pre>
            {recourse ? (
              <p>
                → <code>{recourse.kind}</code> / <code>{recourse.reason}</code>
                {recourse.fields.length > 0 ? (
                  <>
                    , fields{' '}
                    {recourse.fields.map((field) => (
                      <code key={field.field}>{field.field}</code>
                    ))}
                  </>
                ) : null}
                , retry {recourse.retry.allowed ? 'allowed' : 'not allowed'}
                {recourse.reference ? (
                  <>
                    , reference <code>{recourse.reference}</code>
                  </>
                ) : null}
                . Trail: <code>{recourse.trail.join(' → ')}</code>
              </p>
            ) : null}
          </figure>
        )
      })}
    </div>
  )
}
