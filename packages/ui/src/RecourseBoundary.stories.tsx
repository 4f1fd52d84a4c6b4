import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import { RecourseBoundary } from './RecourseBoundary.js'
import * as RecourseNotice from './RecourseNotice.js'

const meta: Meta = {
  title: 'Components/RecourseBoundary',
  component: RecourseBoundary,
  parameters: {
    docs: {
      description: {
        component:
          "An error boundary wired to TanStack Query's `QueryErrorResetBoundary`: shows the notice for what a widget threw; its retry resets the failed queries.",
      },
    },
  },
}
export default meta
type Story = StoryObj

// The boundary remounts the widget on retry, and Storybook re-renders stories: the count lives outside both.
let webhookCalls = 0

function Webhooks() {
  const query = useQuery({
    queryKey: ['webhooks'],
    queryFn: () =>
      webhookCalls++ === 0 ? Promise.reject(failures.mastercardUnavailable()) : Promise.resolve(3),
    throwOnError: true,
  })
  return <p>{`${query.data ?? 0} webhook subscriptions`}</p>
}

export const WidgetRecovers: Story = {
  beforeEach: () => {
    webhookCalls = 0
  },
  render: () => (
    <RecourseBoundary headingLevel={3}>
      <Webhooks />
    </RecourseBoundary>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const notice = await canvas.findByRole('region')
    await expect(within(notice).getByRole('heading', { level: 3 })).toHaveTextContent(
      'There is a temporary problem',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByText('3 webhook subscriptions')).toBeVisible()
    // The retry button went away with the notice: focus moves to the recovered widget, not to the page (on the
    // next animation frame, once the children are back).
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="boundary"]')).toHaveFocus())
  },
}

// The first answer is a balance the widget cannot render; the next one is fine.
let balanceCalls = 0
let resets = 0

function Balance() {
  const query = useQuery({
    queryKey: ['balance'],
    queryFn: () => Promise.resolve(balanceCalls++ === 0 ? { amount: 'a lot' } : { amount: 120 }),
  })
  if (!query.data) return <p>Loading balance</p>
  // A render error on data already in the cache: it would throw again at once if the data stayed.
  if (typeof query.data.amount !== 'number') throw new Error('The balance is not a number.')
  return <p>{`Balance: £${query.data.amount}`}</p>
}

function BalanceBoundary() {
  const queryClient = useQueryClient()
  return (
    <RecourseBoundary
      headingLevel={3}
      onReset={() => {
        resets++
        queryClient.removeQueries({ queryKey: ['balance'] })
      }}
      fallback={({ view, retry }) => (
        <section aria-label="Balance">
          <p>{view.title}</p>
          <button type="button" onClick={retry}>
            Reload balance
          </button>
        </section>
      )}
    >
      <Balance />
    </RecourseBoundary>
  )
}

/**
 * The cached answer cannot be rendered: `onReset` drops it from the cache before the children render again, so the
 * reload fetches a new one instead of throwing again at once.
 */
export const ResetDropsCachedAnswer: Story = {
  beforeEach: () => {
    balanceCalls = 0
    resets = 0
  },
  render: () => <BalanceBoundary />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Reload balance' }))
    await expect(await canvas.findByText('Balance: £120')).toBeVisible()
    await expect(resets).toBe(1)
    await expect(balanceCalls).toBe(2)
  },
}

/** A widget whose refresh button makes it fail: the boundary replaces the button that had focus. */
function Refreshable() {
  const [broken, setBroken] = useState(false)
  if (broken) throw failures.mastercardUnavailable()
  return (
    <button type="button" onClick={() => setBroken(true)}>
      Refresh balances
    </button>
  )
}

/** Presses the widget's refresh, which breaks it: focus does not drop to <body>, it goes to the notice. */
async function focusGoesToTheNotice(canvasElement: HTMLElement) {
  const canvas = within(canvasElement)
  await userEvent.click(canvas.getByRole('button', { name: 'Refresh balances' }))
  // The notice is said by focus (and nothing else repeats it).
  const notice = await canvas.findByRole('region')
  await waitFor(() => expect(notice).toHaveFocus())
}

export const FocusMovesToTheNoticeWhenItsButtonGoes: Story = {
  render: () => (
    <RecourseBoundary headingLevel={3}>
      <Refreshable />
    </RecourseBoundary>
  ),
  play: async ({ canvasElement }) => focusGoesToTheNotice(canvasElement),
}

/** The same with the app's own fallback: its notice is where focus goes, made focusable for it. */
export const FocusMovesToAnOwnFallbacksNotice: Story = {
  render: () => (
    <RecourseBoundary
      headingLevel={3}
      fallback={({ view, retry }) => (
        <RecourseNotice.Root view={view} headingLevel={3}>
          <RecourseNotice.Title />
          <RecourseNotice.Body />
          <button type="button" onClick={retry}>
            Reload balances
          </button>
        </RecourseNotice.Root>
      )}
    >
      <Refreshable />
    </RecourseBoundary>
  ),
  play: async ({ canvasElement }) => focusGoesToTheNotice(canvasElement),
}
