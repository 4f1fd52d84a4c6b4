import { useRecourse } from '@recourse/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import { ContactSupportDialog } from './ContactSupportDialog.js'
import * as RecourseNotice from './RecourseNotice.js'

const meta: Meta = {
  title: 'Components/ContactSupportDialog',
  component: ContactSupportDialog,
  parameters: {
    docs: {
      description: {
        component:
          'An alert dialog for a payment whose outcome is unknown: do not pay again, the reference to quote, how to reach support. Focus lands on the safe action, never on paying again, and goes back where it was on close.',
      },
    },
  },
}
export default meta
type Story = StoryObj

function UnknownPayment() {
  const payment = useMutation({
    mutationFn: () => Promise.reject(failures.tabapayUnknownOutcome()),
  })
  const view = useRecourse(payment)
  return (
    <>
      <button type="button" onClick={() => payment.mutate()}>
        Pay £42.00
      </button>
      {/* The warning stays on the page after the dialog is closed. */}
      {view ? <RecourseNotice.Root view={view} /> : null}
      <ContactSupportDialog view={view} />
    </>
  )
}

export const UnknownOutcomeTabaPay: Story = {
  render: () => <UnknownPayment />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const pay = canvas.getByRole('button', { name: 'Pay £42.00' })
    pay.focus()
    await userEvent.keyboard('{Enter}')
    // The dialog is portalled to the body.
    const screen = within(canvasElement.ownerDocument.body)
    const dialog = await screen.findByRole('alertdialog')
    await expect(dialog).toHaveAccessibleName('We do not know yet if your payment went through')
    await expect(dialog).toHaveAccessibleDescription(/Do not pay again/)
    await expect(within(dialog).getByText('Reference: TX7Vb3Nc1p')).toBeVisible()
    // Focus starts on the safe action, and Tab stays inside the dialog.
    const safe = within(dialog).getByRole('button', { name: 'Check your order status' })
    await waitFor(() => expect(safe).toHaveFocus())
    for (let step = 0; step < 6; step++) await userEvent.tab()
    await expect(dialog.contains(canvasElement.ownerDocument.activeElement)).toBe(true)
    // Escape closes it; focus goes back where it was, and the warning is still on the page.
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    await waitFor(() => expect(pay).toHaveFocus())
    await expect(canvas.getByRole('region')).toHaveTextContent('Do not pay again.')
  },
}

function SafeAction() {
  const [error] = useState(failures.tabapayUnknownOutcome)
  const view = useRecourse(error)
  const [checked, setChecked] = useState(false)
  return (
    <>
      <p>{checked ? 'Opening your order status' : 'Checkout'}</p>
      <ContactSupportDialog view={view} onCheckStatus={() => setChecked(true)} />
    </>
  )
}

export const SafeActionChecksOrderStatus: Story = {
  render: () => <SafeAction />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog')
    const safe = within(dialog).getByRole('button', { name: 'Check your order status' })
    await waitFor(() => expect(safe).toHaveFocus())
    await userEvent.keyboard('{Enter}')
    await expect(await within(canvasElement).findByText('Opening your order status')).toBeVisible()
  },
}

function OtherFailure() {
  const [error] = useState(failures.mastercardGatewayDeclined)
  return <ContactSupportDialog view={useRecourse(error)} />
}

export const StaysClosedForOtherFailures: Story = {
  render: () => <OtherFailure />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement.ownerDocument.body).queryByRole('alertdialog')).toBeNull()
  },
}

function HostileReference() {
  const [error] = useState(() =>
    failures.failure({
      status: 207,
      idempotent: false,
      headers: { 'X-Request-Id': '<img src=x onerror="window.__xss=3">' },
      body: { SC: 207, status: 'UNKNOWN' },
    }),
  )
  return <ContactSupportDialog view={useRecourse(error)} />
}

export const ServerMarkupRendersAsText: Story = {
  render: () => <HostileReference />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog')
    await expect(dialog).toHaveTextContent('Reference: <img src=x onerror="window.__xss=3">')
    await expect(dialog.querySelector('img')).toBeNull()
    await expect((window as { __xss?: number }).__xss).toBeUndefined()
  },
}

/** Rendered inside a dark, right-to-left part of the page: the portalled dialog follows both. */
function DarkRtl() {
  const [error] = useState(failures.tabapayUnknownOutcome)
  return (
    <div data-theme="dark" dir="rtl">
      <ContactSupportDialog view={useRecourse(error)} />
    </div>
  )
}

export const FollowsThemeWhenPortalled: Story = {
  render: () => <DarkRtl />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog')
    // Portalled out of the themed element, yet themed: dark surface, not the light default.
    await expect(canvasElement.contains(dialog)).toBe(false)
    await expect(dialog).toHaveAttribute('data-theme', 'dark')
    await expect(dialog).toHaveAttribute('dir', 'rtl')
    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(22, 24, 29)')
  },
}

/** Portalled into an element of the app's choosing. */
function InContainer() {
  const [error] = useState(failures.tabapayUnknownOutcome)
  const view = useRecourse(error)
  const [container, setContainer] = useState<HTMLElement | null>(null)
  return (
    <>
      <div ref={setContainer} data-testid="dialogs" />
      {container ? <ContactSupportDialog view={view} container={container} /> : null}
    </>
  )
}

export const PortalledIntoContainer: Story = {
  render: () => <InContainer />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('alertdialog')
    await expect(within(canvasElement).getByTestId('dialogs').contains(dialog)).toBe(true)
  },
}
