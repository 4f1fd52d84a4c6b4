import { useRecourse, type RecourseMeta, type RecourseView } from '@recourse/react'
import { RecourseBoundary, RecourseNotice } from '@recourse/ui'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { fetchBalance, type StripeBalance, type StripeBalanceAmount } from './api.js'
import { formatMoney } from './format.js'
import { BALANCE_KEY } from './queryKeys.js'
import { LoadingState, RefreshButton, StaleNote, Widget } from './Widget.js'

/** A balance the widget cannot show: the API answered 200 with amounts that are not amounts. */
export class MalformedBalanceError extends Error {
  override name = 'MalformedBalanceError'
}

interface BalanceRow {
  currency: string
  available: number
  pending: number
}

function isAmounts(value: unknown): value is StripeBalanceAmount[] {
  return (
    Array.isArray(value) &&
    value.every((entry: { amount?: unknown; currency?: unknown } | null) => {
      const amount = entry?.amount
      return (
        typeof amount === 'number' && Number.isFinite(amount) && typeof entry?.currency === 'string'
      )
    })
  )
}

/** Stripe's balance, one row per currency. Throws on a body that is not what Stripe documents. */
function readBalance(balance: StripeBalance): BalanceRow[] {
  const { available, pending } = balance as { available: unknown; pending: unknown }
  if (!isAmounts(available) || !isAmounts(pending))
    throw new MalformedBalanceError('The balance API answered amounts that are not numbers.')
  return available.map((entry) => ({
    currency: entry.currency,
    available: entry.amount,
    pending: pending.find((candidate) => candidate.currency === entry.currency)?.amount ?? 0,
  }))
}

/**
 * Balances (Stripe), inside a `RecourseBoundary`: the one widget that lets its failures go to an error boundary.
 * A first load that fails (the client's default `throwOnError`) and a body that breaks rendering both end up in the
 * boundary's notice; the rest of the dashboard stays. Each reset of the boundary drops the cached answer first
 * (remounting over the same malformed data would only throw again), so the children fetch a new one.
 */
export function BalancesWidget() {
  const queryClient = useQueryClient()
  return (
    <Widget title="Balances" provider="Stripe">
      <RecourseBoundary
        headingLevel={3}
        onReset={() => queryClient.removeQueries({ queryKey: BALANCE_KEY })}
        fallback={({ view, retry }) => <BalancesFallback view={view} retry={retry} />}
      >
        <Balances />
      </RecourseBoundary>
    </Widget>
  )
}

function Balances() {
  const query = useQuery({
    queryKey: BALANCE_KEY,
    queryFn: ({ signal }) => fetchBalance(signal),
    meta: { recourse: { label: 'Balances' } } satisfies RecourseMeta,
  })
  const failure = useRecourse(query)
  if (!query.data) return <LoadingState query={query}>Loading balances…</LoadingState>
  // A malformed body throws here, during render: the boundary catches it.
  const rows = readBalance(query.data)
  return (
    <>
      <div className="admin-widget-toolbar">
        <RefreshButton query={query} failure={failure}>
          Refresh balances
        </RefreshButton>
      </div>
      <StaleNote failure={failure} updatedAt={query.dataUpdatedAt} />
      <dl className="admin-balances">
        {rows.map((row) => (
          <div key={row.currency} className="admin-balance">
            <dt>{row.currency.toUpperCase()}</dt>
            <dd>
              <span className="admin-balance-available">
                {formatMoney(row.available, row.currency)}
              </span>{' '}
              available
            </dd>
            <dd className="admin-balance-pending">
              {formatMoney(row.pending, row.currency)} pending
            </dd>
          </div>
        ))}
      </dl>
    </>
  )
}

/**
 * The boundary's notice. Retry-later failures bring their own retry button (with the countdown); anything else —
 * a refused request, a body the widget could not render — gets "Reload balances", which resets the boundary.
 */
function BalancesFallback({ view, retry }: { view: RecourseView; retry: () => void }) {
  return (
    <RecourseNotice.Root view={view} headingLevel={3}>
      <RecourseNotice.Title />
      <RecourseNotice.Body />
      {view.kind === 'retry-later' ? (
        <>
          <RecourseNotice.Retry />
          <RecourseNotice.Countdown />
        </>
      ) : (
        <button type="button" className="admin-button" onClick={retry}>
          Reload balances
        </button>
      )}
      {view.kind === 'contact-support' ? (
        <>
          <RecourseNotice.Reference />
          <RecourseNotice.Support />
        </>
      ) : null}
    </RecourseNotice.Root>
  )
}
