import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import { RecourseToaster } from './RecourseToaster.js'

const meta: Meta = {
  title: 'Components/RecourseToaster',
  component: RecourseToaster,
  parameters: {
    docs: {
      description: {
        component:
          'Toasts for background query failures in a dashboard (Radix Toast): one per failing query, never duplicated, gone when the query recovers or is dismissed. Needs a client from `createRecourseQueryClient`. Not portalled: it follows the theme where you render it. Dismissing the last toast gives focus back to where it was.',
      },
    },
  },
}
export default meta
type Story = StoryObj

function Transactions() {
  const calls = useRef(0)
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: ['transactions'],
    queryFn: () =>
      calls.current++ < 2
        ? Promise.reject(failures.networkDropOnGet())
        : Promise.resolve(['tx_1', 'tx_2']),
  })
  return (
    <section aria-label="Transactions">
      <p>{query.data ? `${query.data.length} transactions` : `Transactions: ${query.status}`}</p>
      <button
        type="button"
        onClick={() => void queryClient.refetchQueries({ queryKey: ['transactions'] })}
      >
        Refresh
      </button>
    </section>
  )
}

export const BackgroundFailureToast: Story = {
  render: () => (
    <>
      <Transactions />
      <RecourseToaster />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const toasts = () => canvas.queryAllByText('Connection problem')
    await waitFor(() => expect(toasts()).toHaveLength(1))
    // The same query failing again does not add a toast.
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => expect(canvas.getByText('Transactions: error')).toBeVisible())
    await expect(toasts()).toHaveLength(1)
    // Recovery removes it.
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }))
    await expect(await canvas.findByText('2 transactions')).toBeVisible()
    await waitFor(() => expect(toasts()).toHaveLength(0))
  },
}

function Balances() {
  useQuery({
    queryKey: ['balances'],
    queryFn: () => Promise.reject(failures.mastercardGatewayDeclined()),
  })
  return <p>Balances</p>
}

export const DismissWithKeyboard: Story = {
  render: () => (
    <>
      <Balances />
      <RecourseToaster />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const dismiss = await canvas.findByRole('button', { name: 'Dismiss' })
    // Radix also renders the text in a hidden region for announcements: look inside the toast itself.
    const toast = dismiss.closest('[data-slot="toast"]')
    await expect(toast).toHaveTextContent('We could not complete this')
    await expect(toast).toHaveTextContent('Reference: mc-gw-5521')
    // A failed read (a query) takes no payment: the toast says nothing about one.
    await expect(toast).not.toHaveTextContent('No payment was taken')
    dismiss.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Dismiss' })).toBeNull())
  },
}

function BalancesWithButton() {
  useQuery({
    queryKey: ['balances'],
    queryFn: () => Promise.reject(failures.mastercardGatewayDeclined()),
  })
  return <button type="button">Export balances</button>
}

export const EscapeGivesFocusBack: Story = {
  render: () => (
    <>
      <BalancesWithButton />
      <RecourseToaster />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const dismiss = await canvas.findByRole('button', { name: 'Dismiss' })
    const button = canvas.getByRole('button', { name: 'Export balances' })
    button.focus()
    // F8 jumps to the notifications; Tab to the toast; Escape closes it.
    await userEvent.keyboard('{F8}')
    await userEvent.tab()
    await expect(dismiss.closest('[data-slot="toast"]')).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Dismiss' })).toBeNull())
    // Not left on the empty list: back where it was.
    await waitFor(() => expect(button).toHaveFocus())
  },
}

function Hostile() {
  useQuery({ queryKey: ['hostile'], queryFn: () => Promise.reject(failures.markupEverywhere()) })
  return <p>Payments</p>
}

export const ServerMarkupRendersAsText: Story = {
  render: () => (
    <>
      <Hostile />
      <RecourseToaster />
    </>
  ),
  play: async ({ canvasElement }) => {
    const dismiss = await within(canvasElement).findByRole('button', { name: 'Dismiss' })
    const toast = dismiss.closest('[data-slot="toast"]')
    await expect(toast).toHaveTextContent('Reference: <img src=x onerror="window.__xss=2">')
    await expect(toast?.querySelector('b, script, img')).toBeNull()
    await expect((window as { __xss?: number }).__xss).toBeUndefined()
  },
}

function LabelledWidgets() {
  // Two failing widgets; only one names itself.
  useQuery({
    queryKey: ['balance'],
    queryFn: () => Promise.reject(failures.networkDropOnGet()),
    meta: { recourse: { label: 'Balances' } },
  })
  useQuery({ queryKey: ['payouts'], queryFn: () => Promise.reject(failures.networkDropOnGet()) })
  return <p>Balances and payouts</p>
}

const toastTitles = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement)
  await waitFor(() => expect(canvas.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(2))
  return Array.from(canvasElement.querySelectorAll('[data-slot="toast-title"]'), (title) =>
    title.textContent?.trim(),
  ).sort()
}

/** A query's `meta: { recourse: { label } }` names the part of the app that failed in its toast. */
export const LabelledToast: Story = {
  render: () => (
    <>
      <LabelledWidgets />
      <RecourseToaster />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(await toastTitles(canvasElement)).toEqual([
      'Balances: Connection problem',
      'Connection problem',
    ])
  },
}

/** `renderTitle` words the title as the app wants: here French punctuation. */
export const CustomToastTitle: Story = {
  render: () => (
    <>
      <LabelledWidgets />
      <RecourseToaster
        renderTitle={(title, { label }) => (label ? `${label} : ${title}` : `Dashboard : ${title}`)}
      />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(await toastTitles(canvasElement)).toEqual([
      'Balances : Connection problem',
      'Dashboard : Connection problem',
    ])
  },
}
