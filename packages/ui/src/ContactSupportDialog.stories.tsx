import { useRecourse } from '@recourse/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import { ContactSupportDialog } from './ContactSupportDialog.js'

const meta: Meta = {
  title: 'Components/ContactSupportDialog',
  component: ContactSupportDialog,
  parameters: {
    docs: {
      description: {
        component:
          'An alert dialog for a payment whose outcome is unknown: do not pay again, the reference to quote, how to reach support. Focus lands on the safe action, never on paying again.',
      },
    },
  },
}
export default meta
type Story = StoryObj

function UnknownPayment() {
  // One error object for the whole story, as a mutation keeps it: a new failure would reopen the dialog.
  const [error] = useState(failures.tabapayUnknownOutcome)
  const failure = useRecourse(error)
  const [checked, setChecked] = useState(false)
  return (
    <>
      <p>{checked ? 'Opening your order status' : 'Checkout'}</p>
      <ContactSupportDialog failure={failure} onCheckStatus={() => setChecked(true)} />
    </>
  )
}

export const UnknownOutcomeTabaPay: Story = {
  render: () => <UnknownPayment />,
  play: async ({ canvasElement }) => {
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
    safe.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    await expect(within(canvasElement).getByText('Opening your order status')).toBeVisible()
  },
}

function OtherFailure() {
  const [error] = useState(failures.mastercardGatewayDeclined)
  const failure = useRecourse(error)
  return <ContactSupportDialog failure={failure} />
}

export const StaysClosedForOtherFailures: Story = {
  render: () => <OtherFailure />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement.ownerDocument.body).queryByRole('alertdialog')).toBeNull()
  },
}
