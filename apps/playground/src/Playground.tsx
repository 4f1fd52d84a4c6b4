import { RecourseFetchError, type Recourse } from '@recourse/core'
import { useRecourse } from '@recourse/react'
import { RecourseNotice } from '@recourse/ui'
import { useEffect, useId, useMemo, useState } from 'react'
import { parseHttpResponse } from './parseHttpResponse.js'
import { samples } from './samples.js'

type Source = 'http' | 'network' | 'timeout'
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/** What the playground starts from: a sample, or a response of the reviewer's own. */
export interface PlaygroundProps {
  /** Id of the sample to start from (see samples.ts). Default: the first. */
  sample?: string
  /** Start from this raw response instead of a sample. */
  raw?: string
  source?: Source
  method?: string
  idempotent?: boolean
  /** The status to assume when only a JSON body is pasted (no status line). Default 400. */
  assumeStatus?: number
}

/** The providers, in the fixtures' order, each with its samples: one group each in the picker. */
const byProvider = [...new Set(samples.map((sample) => sample.provider))].map(
  (provider) => [provider, samples.filter((sample) => sample.provider === provider)] as const,
)

/**
 * Paste a raw HTTP response (or pick a sample), say how it was requested, and see what `classify` makes of it —
 * kind, reason, fields, retry, reference and the rules that decided — beside the UI a customer would get.
 */
export function Playground(props: PlaygroundProps) {
  const initial = samples.find((sample) => sample.id === props.sample) ?? samples[0]
  const [sampleId, setSampleId] = useState(props.raw === undefined ? (initial?.id ?? '') : '')
  const [raw, setRaw] = useState(() => props.raw ?? initial?.raw ?? '')
  const [source, setSource] = useState<Source>(props.source ?? 'http')
  const [method, setMethod] = useState(props.method ?? initial?.method ?? 'POST')
  const [idempotent, setIdempotent] = useState(props.idempotent ?? initial?.idempotent ?? true)
  const [assumeStatus, setAssumeStatus] = useState(String(props.assumeStatus ?? 400))
  const ids = {
    heading: useId(),
    raw: useId(),
    rawHint: useId(),
    parseError: useId(),
    keyHint: useId(),
    assumeStatus: useId(),
    assumeHint: useId(),
  }

  const pick = (id: string) => {
    setSampleId(id)
    const sample = samples.find((candidate) => candidate.id === id)
    if (!sample) return
    setRaw(sample.raw)
    setSource('http')
    setMethod(sample.method)
    setIdempotent(sample.idempotent)
  }

  // Read once typing pauses: the reading's message and the customer's notice are then said once, not per keystroke.
  const settledRaw = useSettled(raw)
  const settledStatus = useSettled(assumeStatus)
  const parsed = useMemo(
    () => parseHttpResponse(settledRaw, { assumeStatus: Number(settledStatus) }),
    [settledRaw, settledStatus],
  )
  // What was done with the text, besides reading it: a status assumed, a body that is not valid JSON.
  const readingNotes =
    source === 'http' && parsed.ok
      ? [
          parsed.assumedStatus
            ? `No status line: read as a bare body answered with status ${parsed.response.status}.`
            : '',
          parsed.bodyNote ?? '',
        ].filter((note) => note !== '')
      : []
  // A new error object for each change of the inputs: the hooks cache their view per error.
  const error = useMemo(() => {
    const common = { method, url: '/playground', idempotent }
    if (source !== 'http') return new RecourseFetchError({ ...common, source })
    if (!parsed.ok) return undefined
    const { status, headers, body } = parsed.response
    return new RecourseFetchError({ ...common, source, status, headers, body })
  }, [parsed, source, method, idempotent])

  return (
    <div className="playground">
      <section aria-labelledby={ids.heading} className="playground-panel">
        <h2 id={ids.heading}>The failure</h2>
        <p className="playground-field">
          <label>
            Start from a sample
            <select value={sampleId} onChange={(event) => pick(event.target.value)}>
              <option value="">(your own response)</option>
              {byProvider.map(([provider, group]) => (
                <optgroup key={provider} label={provider}>
                  {group.map((sample) => (
                    <option key={sample.id} value={sample.id}>
                      {sample.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        </p>
        <fieldset>
          <legend>What happened to the request</legend>
          {(
            [
              ['http', 'The server answered (paste the response below)'],
              ['network', 'No answer: the connection dropped'],
              ['timeout', 'No answer: it timed out'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="playground-choice">
              <input
                type="radio"
                name="source"
                value={value}
                checked={source === value}
                onChange={() => setSource(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <p className="playground-row">
          <label className="playground-inline">
            Method
            <select value={method} onChange={(event) => setMethod(event.target.value)}>
              {METHODS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label className="playground-inline">
            <input
              type="checkbox"
              checked={idempotent}
              aria-describedby={ids.keyHint}
              onChange={(event) => setIdempotent(event.target.checked)}
            />{' '}
            Idempotent
          </label>
        </p>
        <p id={ids.keyHint} className="playground-hint">
          Idempotent: an idempotency key was sent, or the method is safe to repeat. A POST without a
          key whose outcome is unknown is never retried.
        </p>
        <label htmlFor={ids.raw} className="playground-label">
          Raw HTTP response
        </label>
        <p id={ids.rawHint} className="playground-hint">
          As <code>curl -i</code> or the browser&rsquo;s DevTools show it: status line, headers, a
          blank line, the body. Or a JSON body alone, answered with the status below.
        </p>
        <textarea
          id={ids.raw}
          value={raw}
          rows={18}
          spellCheck={false}
          disabled={source !== 'http'}
          aria-invalid={source === 'http' && !parsed.ok}
          aria-describedby={
            source === 'http' && (!parsed.ok || readingNotes.length > 0)
              ? `${ids.rawHint} ${ids.parseError}`
              : ids.rawHint
          }
          onChange={(event) => {
            setRaw(event.target.value)
            setSampleId('')
          }}
        />
        {/* Polite, and always there: announced when typing pauses, not interrupting every keystroke. */}
        <div id={ids.parseError} aria-live="polite">
          {source === 'http' && !parsed.ok ? (
            <p className="playground-error">{parsed.error}</p>
          ) : null}
          {readingNotes.map((note) => (
            <p key={note} className="playground-note">
              {note}
            </p>
          ))}
        </div>
        <p className="playground-row">
          <label htmlFor={ids.assumeStatus} className="playground-inline">
            Status of a bare body
          </label>
          <input
            id={ids.assumeStatus}
            type="number"
            min={100}
            max={599}
            inputMode="numeric"
            className="playground-status"
            value={assumeStatus}
            disabled={source !== 'http'}
            aria-describedby={ids.assumeHint}
            onChange={(event) => setAssumeStatus(event.target.value)}
          />
        </p>
        <p id={ids.assumeHint} className="playground-hint">
          Used when the text above has no status line and starts with <code>{'{'}</code> or{' '}
          <code>[</code>, as a log or an SDK&rsquo;s error prints a body.
        </p>
      </section>
      {error ? <Classified error={error} /> : null}
    </div>
  )
}

/** How long typing must pause before the text is read again. */
const TYPING_PAUSE_MS = 400

/** `value`, once it has stayed the same for TYPING_PAUSE_MS. */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [value])
  return settled
}

function Classified({ error }: { error: RecourseFetchError }) {
  const view = useRecourse(error)
  const recourseHeading = useId()
  const uiHeading = useId()
  if (!view) return null
  const { recourse } = view
  return (
    <>
      <section aria-labelledby={recourseHeading} className="playground-panel">
        <h2 id={recourseHeading}>The Recourse</h2>
        <RecourseFacts recourse={recourse} />
        <h3>Rules that decided, in order</h3>
        <ol className="playground-trail">
          {recourse.trail.map((step, index) => (
            <li key={`${index}-${step}`}>
              <code>{step}</code>
            </li>
          ))}
        </ol>
        <details>
          <summary>As JSON</summary>
          <pre className="playground-json">{JSON.stringify(recourse, null, 2)}</pre>
        </details>
      </section>
      <section aria-labelledby={uiHeading} className="playground-panel">
        <h2 id={uiHeading}>What the customer sees</h2>
        {/* The notice alone: for details to correct it lists each field's message once (an error summary beside
            it would say each again). */}
        <RecourseNotice.Root view={view} headingLevel={3} />
      </section>
    </>
  )
}

function RecourseFacts({ recourse }: { recourse: Recourse }) {
  const rows: [string, string][] = [
    ['kind', recourse.kind],
    ['reason', recourse.reason],
    ['status', recourse.status === undefined ? '(no answer)' : String(recourse.status)],
    ['dialect', recourse.dialect],
    [
      'retry',
      recourse.retry.allowed
        ? recourse.retry.afterMs === undefined
          ? 'allowed'
          : `allowed after ${recourse.retry.afterMs} ms`
        : 'not allowed',
    ],
    ['reference', recourse.reference ?? '(none)'],
    ['code', recourse.code ?? '(none)'],
    ['message shown', recourse.message ?? '(none: the catalog words it)'],
  ]
  return (
    <>
      <dl className="playground-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd data-fact={term}>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>Fields</h3>
      {recourse.fields.length === 0 ? (
        <p>None.</p>
      ) : (
        <table className="playground-fields">
          <thead>
            <tr>
              <th scope="col">API field</th>
              <th scope="col">code</th>
              <th scope="col">message</th>
            </tr>
          </thead>
          <tbody>
            {recourse.fields.map((field, index) => (
              <tr key={`${index}-${field.field}`}>
                <td>
                  <code>{field.field}</code>
                </td>
                <td>{field.code ?? ''}</td>
                <td>{field.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
