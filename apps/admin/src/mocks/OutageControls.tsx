import { useId, useState, useSyncExternalStore } from 'react'
import {
  API_NAMES,
  API_TITLES,
  FAILURE_MODES,
  OUTAGE_LENGTHS,
  type ApiName,
  type ApiState,
  type FailureMode,
  type OutageLength,
  type OutageStore,
} from './outages.js'

/**
 * The reviewer's switchboard: make any of the three mocked APIs fail in a chosen way, for a number of requests, a
 * few seconds or until recovered, and see how many requests each API received. Plain labelled form controls:
 * usable with the keyboard alone.
 */
export function OutageControls({ store }: { store: OutageStore }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  const headingId = useId()
  return (
    <section className="admin-outages" aria-labelledby={headingId} data-slot="outage-control">
      <h2 id={headingId}>Outage control</h2>
      <p className="admin-muted">
        Make an API fail, then watch its widget: the others keep working. Failures are mocked in the
        browser.
      </p>
      <div className="admin-outage-grid">
        {API_NAMES.map((api) => (
          <ApiOutage key={api} api={api} state={snapshot.apis[api]} store={store} />
        ))}
      </div>
      <p role="status" className="admin-outage-announcement">
        {snapshot.announcement}
      </p>
    </section>
  )
}

function summary(api: ApiName, state: ApiState): string {
  const counts = `${state.requests} ${state.requests === 1 ? 'request' : 'requests'}, ${state.failures} failed.`
  if (state.mode === 'none') return `Healthy. ${counts}`
  const label = FAILURE_MODES[api][state.mode] ?? state.mode
  const left =
    state.until !== undefined
      ? `until ${new Date(state.until).toLocaleTimeString('en-GB')}`
      : Number.isFinite(state.remaining)
        ? `${state.remaining} more ${state.remaining === 1 ? 'request' : 'requests'}`
        : 'until recovered'
  return `Failing: ${label}, ${left}. ${counts}`
}

function ApiOutage({ api, state, store }: { api: ApiName; state: ApiState; store: OutageStore }) {
  const modeId = useId()
  const lengthId = useId()
  const [mode, setMode] = useState<FailureMode>(state.mode === 'none' ? 'unavailable' : state.mode)
  const [length, setLength] = useState<OutageLength>('until-recovered')
  const failing = state.mode !== 'none'
  const modes = Object.entries(FAILURE_MODES[api]).filter(([value]) => value !== 'none')
  return (
    <fieldset className="admin-outage" data-api={api}>
      <legend>{API_TITLES[api]}</legend>
      <p className="admin-outage-state" data-slot="outage-state" data-mode={state.mode}>
        {summary(api, state)}
      </p>
      <label htmlFor={modeId}>Failure</label>
      <select
        id={modeId}
        value={mode}
        onChange={(event) => setMode(event.currentTarget.value as FailureMode)}
      >
        {modes.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={lengthId}>How long</label>
      <select
        id={lengthId}
        value={length}
        onChange={(event) => setLength(event.currentTarget.value as OutageLength)}
      >
        {Object.entries(OUTAGE_LENGTHS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <div className="admin-outage-actions">
        <button
          type="button"
          className="admin-button"
          onClick={() => store.start(api, { mode, length })}
        >
          Start outage
        </button>
        <button
          type="button"
          className="admin-button admin-button-secondary"
          aria-disabled={!failing}
          onClick={() => (failing ? store.recover(api) : undefined)}
        >
          Recover
        </button>
      </div>
    </fieldset>
  )
}
