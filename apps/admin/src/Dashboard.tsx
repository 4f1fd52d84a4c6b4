import './dashboard.css'
import { allDialects } from '@recourse/core'
import { createRecourseQueryClient, RecourseProvider, type RecourseReport } from '@recourse/react'
import { RecourseToaster } from '@recourse/ui'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { BalancesWidget } from './BalancesWidget.js'
import { fieldMap, labels, support } from './recourseConfig.js'
import { TransactionsWidget } from './TransactionsWidget.js'
import { WebhooksWidget } from './WebhooksWidget.js'

/** Toasts are for refreshes that fail behind data on screen; a widget with nothing to show says so itself. */
const backgroundOnly = (report: RecourseReport) => report.background

/**
 * The app's QueryClient: the kit's retry policy (Retry-After honoured, full-jitter backoff, a shared budget, nothing
 * retried that cannot succeed), two automatic retries so an outage shows within seconds, and a reporter feeding the
 * toasts. No refetch on window focus: refreshes are the reviewer's, so every request on screen is explained.
 */
function createAdminQueryClient() {
  return createRecourseQueryClient({
    // The dashboard's APIs: Mastercard's, TabaPay's and problem+json.
    dialects: allDialects,
    retry: { maxRetries: 2 },
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  })
}

export interface DashboardProps {
  /** Shown above the widgets: the demo's outage control panel. */
  controls?: ReactNode
}

/**
 * A payments admin dashboard: three widgets on three providers' APIs, each loading, failing, retrying and
 * recovering on its own.
 */
export function Dashboard({ controls }: DashboardProps) {
  const [queryClient] = useState(createAdminQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <RecourseProvider support={support} labels={labels} fieldMap={fieldMap}>
        <div className="admin-dashboard" data-slot="admin-dashboard">
          <header className="admin-header">
            <h1>Payments admin</h1>
          </header>
          {controls}
          <div className="admin-widgets">
            <TransactionsWidget />
            <BalancesWidget />
            <WebhooksWidget />
          </div>
          <RecourseToaster filter={backgroundOnly} label="Dashboard notifications" />
        </div>
      </RecourseProvider>
    </QueryClientProvider>
  )
}
