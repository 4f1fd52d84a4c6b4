import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { Dashboard } from './Dashboard.js'
import { applyScenario, outages, startMockServer } from './mocks/mockServer.js'
import { OutageControls } from './mocks/OutageControls.js'
import {
  FAILURE_MODES,
  OUTAGE_LENGTHS,
  type FailureMode,
  type OutageLength,
  type Scenario,
} from './mocks/outages.js'

/** The story's args: how each mocked API behaves when the story opens. Deep-linkable: `&args=balances:malformed`. */
interface DashboardStoryArgs {
  transactions: FailureMode
  transactionsFor: OutageLength
  balances: FailureMode
  balancesFor: OutageLength
  webhooks: FailureMode
  webhooksFor: OutageLength
}

const scenarioOf = (args: DashboardStoryArgs): Scenario => ({
  transactions: { mode: args.transactions, length: args.transactionsFor },
  balances: { mode: args.balances, length: args.balancesFor },
  webhooks: { mode: args.webhooks, length: args.webhooksFor },
})

function DemoDashboard({ scenario }: { scenario: Scenario }) {
  // Args changed in the Controls panel: the new outages apply, and the dashboard starts again on them.
  useEffect(() => applyScenario(scenario), [scenario])
  return <Dashboard key={JSON.stringify(scenario)} controls={<OutageControls store={outages} />} />
}

const modeControl = (api: keyof typeof FAILURE_MODES) => ({
  control: 'select' as const,
  options: Object.keys(FAILURE_MODES[api]),
  table: { category: 'Outage when the story opens' },
})
const lengthControl = {
  control: 'select' as const,
  options: Object.keys(OUTAGE_LENGTHS),
  table: { category: 'Outage when the story opens' },
}

const meta = {
  title: 'Demo/Admin dashboard',
  // Several dashboards on one docs page would share the one mock server: stories only.
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A payments admin dashboard on three mocked APIs (Mangopay transactions, Stripe balances, Mastercard Commercial Event Notifications webhook subscriptions). Use the outage control to make an API fail and watch its widget fail and recover on its own.',
      },
    },
  },
  args: {
    transactions: 'none',
    transactionsFor: 'until-recovered',
    balances: 'none',
    balancesFor: 'until-recovered',
    webhooks: 'none',
    webhooksFor: 'until-recovered',
  },
  argTypes: {
    transactions: modeControl('transactions'),
    transactionsFor: lengthControl,
    balances: modeControl('balances'),
    balancesFor: lengthControl,
    webhooks: modeControl('webhooks'),
    webhooksFor: lengthControl,
  },
  beforeEach({ msw, args }) {
    msw.use(...startMockServer(scenarioOf(args)))
    return () => outages.dispose()
  },
  render: (args) => <DemoDashboard scenario={scenarioOf(args)} />,
} satisfies Meta<DashboardStoryArgs>
export default meta
type Story = StoryObj<typeof meta>

const widget = (canvasElement: HTMLElement, name: string) =>
  within(within(canvasElement).getByRole('region', { name }))

/**
 * Every API healthy: the playground. Start outages from the outage control, or open it on one through its args
 * (`&args=balances:rate-limited;balancesFor:next-request`): the end-to-end tests drive it that way. No play
 * function, so that nothing but the reviewer (or the test) acts on it.
 */
export const Healthy: Story = {}

/**
 * Transactions and balances answer 503 with `Retry-After: 2` to their first three requests. The retry policy tries
 * twice more, each after the server's 2 s; then each widget shows its notice, whose retry button waits out the
 * countdown. Pressing it once it is ready loads the data. The webhook subscriptions load meanwhile.
 */
export const OutageThenRecovery: Story = {
  args: {
    transactions: 'unavailable',
    transactionsFor: 'next-3-requests',
    balances: 'unavailable',
    balancesFor: 'next-3-requests',
  },
  play: async ({ canvasElement }) => {
    const transactions = widget(canvasElement, 'Transactions')
    const balances = widget(canvasElement, 'Balances')
    // Independent: the healthy widget is not held back by the failing ones.
    await expect(
      await widget(canvasElement, 'Webhook subscriptions').findByRole('table'),
    ).toBeVisible()
    for (const failing of [transactions, balances]) {
      // While the client retries on its own the notice is up, its button waiting; once the retries are spent (the
      // balances' boundary takes over from the widget then), the button works. Found again each time: the
      // boundary's notice is a new element.
      await waitFor(
        () =>
          expect(failing.getByRole('button', { name: 'Try again' })).toHaveAttribute(
            'aria-disabled',
            'false',
          ),
        { timeout: 15_000 },
      )
      await userEvent.click(failing.getByRole('button', { name: 'Try again' }))
    }
    await expect(await transactions.findByRole('table')).toBeVisible()
    await expect(await balances.findByText('EUR')).toBeVisible()
  },
}

/**
 * The balance API answers its first request with 429 and `Retry-After: 3`: the widget says it is trying again,
 * with the time left, and the retry after 3 s succeeds. No retry button needed.
 */
export const RateLimitedBalances: Story = {
  args: { balances: 'rate-limited', balancesFor: 'next-request' },
  play: async ({ canvasElement }) => {
    const balances = widget(canvasElement, 'Balances')
    await expect(await balances.findByText('The system is busy')).toBeVisible()
    // Never a silent spinner: which attempt runs, and the most the client makes.
    await expect(balances.getByText('Still trying: attempt 2 of 3')).toBeVisible()
    await expect(await balances.findByText('EUR')).toBeVisible()
  },
}

/**
 * Everything has loaded; then the transactions API drops the connection and a refresh fails. The list stays on
 * screen, marked as not fresh, and a toast reports the failure, named after the widget; recovering and refreshing
 * removes it.
 */
export const BackgroundRefreshFails: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const transactions = widget(canvasElement, 'Transactions')
    await transactions.findByRole('table')
    const control = within(canvas.getByRole('group', { name: 'Transactions API' }))
    await userEvent.selectOptions(control.getByLabelText('Failure'), 'network')
    await userEvent.click(control.getByRole('button', { name: 'Start outage' }))
    await userEvent.click(transactions.getByRole('button', { name: 'Refresh transactions' }))
    const dismiss = await canvas.findByRole('button', { name: 'Dismiss' })
    // The toast says which widget failed (the query's `meta.recourse.label`).
    const toast = dismiss.closest('[data-slot="toast"]')
    await expect(toast?.querySelector('[data-slot="toast-title"]')).toHaveTextContent(
      'Transactions: Connection problem',
    )
    await expect(transactions.getByRole('table')).toBeVisible()
    await expect(transactions.getByText(/The last refresh failed/)).toBeVisible()
  },
}

/** The transactions API answers 500 with a Mangopay error `Id`: the widget shows it as the reference to quote. */
export const SupportReference: Story = {
  args: { transactions: 'server-error' },
  play: async ({ canvasElement }) => {
    const transactions = widget(canvasElement, 'Transactions')
    const notice = await transactions.findByRole('region', { name: 'We could not complete this' })
    await expect(notice).toHaveTextContent('We could not complete this')
    await expect(transactions.getByText(/Reference: 7f3c9a2e-41d5-4b8e-9c60-\d{12}/)).toBeVisible()
    await expect(
      transactions.getByRole('link', { name: 'payments-ops@admin.example' }),
    ).toBeVisible()
  },
}

/**
 * A new subscription with a plain-http callback URL, a short consumer key and nothing else: the API's errors name
 * each field only in their text; each lands on its field, and the summary links to them.
 */
export const EditorFieldErrors: Story = {
  play: async ({ canvasElement }) => {
    const editor = within(canvasElement).getByRole('form', { name: 'New subscription' })
    const form = within(editor)
    await userEvent.type(form.getByLabelText('Callback URL'), 'http://hooks.admin.example/new')
    await userEvent.type(form.getByLabelText('Consumer key'), 'short-key')
    await userEvent.click(form.getByRole('button', { name: 'Save subscription' }))
    const summary = await form.findByRole('group', { name: 'There is a problem' })
    await expect(summary).toHaveTextContent('There is a problem')
    await waitFor(() => expect(summary).toHaveFocus())
    const callbackUrl = form.getByLabelText('Callback URL')
    await expect(callbackUrl).toHaveAttribute('aria-invalid', 'true')
    await expect(callbackUrl).toHaveAccessibleDescription(
      'Where the notifications are sent: an https:// address Error: Enter the callback URL in the correct format',
    )
    await expect(form.getByLabelText('Field mapping name')).toHaveAttribute('aria-invalid', 'true')
    await userEvent.click(
      within(summary).getByRole('link', {
        name: 'The consumer key must be between 24 and 97 characters',
      }),
    )
    await expect(form.getByLabelText('Consumer key')).toHaveFocus()
  },
}

/**
 * The balance API answers 200 with amounts that are not numbers: the balances widget throws while rendering, its
 * `RecourseBoundary` shows a notice, and the rest of the dashboard carries on. Recover the API, then reload.
 */
export const BoundaryCaught: Story = {
  args: { balances: 'malformed' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const balances = widget(canvasElement, 'Balances')
    const reload = await balances.findByRole('button', { name: 'Reload balances' })
    await expect(await widget(canvasElement, 'Transactions').findByRole('table')).toBeVisible()
    const control = within(canvas.getByRole('group', { name: 'Balances API' }))
    await userEvent.click(control.getByRole('button', { name: 'Recover' }))
    await userEvent.click(reload)
    await expect(await balances.findByText('EUR')).toBeVisible()
    // Focus moves to the recovered widget on the next animation frame.
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="boundary"]')).toHaveFocus())
  },
}
