import { RecourseProvider, useRecourse } from '@recourse/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import * as ErrorSummary from './ErrorSummary.js'
import * as RecourseForm from './RecourseForm.js'
import * as RecourseNotice from './RecourseNotice.js'

const meta: Meta = {
  title: 'Components/RecourseForm',
  component: RecourseForm.Root,
  subcomponents: { 'RecourseForm.Field': RecourseForm.Field },
  parameters: {
    docs: {
      description: {
        component:
          "A Radix form that puts a failure's field errors on its fields, with an `ErrorSummary.Root` that takes focus after a failed submission and links to each field (GOV.UK pattern). Focus moves once: to the summary, or without one to the first invalid control. Editing a field clears its error, in the summary too, and keeps what was typed. Failures that are not about the input are left to `RecourseNotice`.",
      },
    },
  },
}
export default meta
type Story = StoryObj

/** A card form whose payment fails with `error`. */
function CardForm({ error }: { error: () => Error }) {
  const payment = useMutation({ mutationFn: () => Promise.reject(error()) })
  const view = useRecourse(payment)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    payment.mutate()
  }
  return (
    <RecourseForm.Root view={view} onSubmit={submit} aria-label="Card payment">
      <ErrorSummary.Root />
      <RecourseForm.Field name="name" label="Name on card">
        <input autoComplete="cc-name" />
      </RecourseForm.Field>
      <RecourseForm.Field name="number" label="Card number">
        <input inputMode="numeric" autoComplete="cc-number" />
      </RecourseForm.Field>
      <RecourseForm.Field
        name="cvc"
        label="Security code"
        hint="The last 3 digits on the back of the card"
      >
        <input inputMode="numeric" autoComplete="cc-csc" />
      </RecourseForm.Field>
      <button type="submit">Pay £42.00</button>
    </RecourseForm.Root>
  )
}

export const WrongSecurityCodeStripe: Story = {
  render: () => (
    <RecourseProvider labels={{ cvc: 'the security code' }}>
      <CardForm error={failures.stripeIncorrectCvc} />
    </RecourseProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const cvc = canvas.getByLabelText('Security code')
    await userEvent.type(canvas.getByLabelText('Name on card'), 'Ada Lovelace')
    await userEvent.type(cvc, '12')
    await userEvent.keyboard('{Enter}')

    // The summary appears at the top and takes focus, titled "There is a problem".
    const summary = await canvas.findByRole('group', { name: 'There is a problem' })
    await waitFor(() => expect(summary).toHaveFocus())

    // The field is marked invalid; its message is tied to it and starts with a hidden "Error:".
    await expect(cvc).toHaveAttribute('aria-invalid', 'true')
    await expect(cvc).toHaveAccessibleDescription(
      'The last 3 digits on the back of the card Error: Enter the security code: the 3 or 4 digits printed on your card',
    )

    // The summary's link has the same words, and Enter on it moves focus to the field.
    const link = within(summary).getByRole('link', {
      name: 'Enter the security code: the 3 or 4 digits printed on your card',
    })
    link.focus()
    await userEvent.keyboard('{Enter}')
    await expect(cvc).toHaveFocus()

    // Editing clears the server error at once and keeps what the customer typed.
    await userEvent.type(cvc, '3')
    await expect(cvc).not.toHaveAttribute('aria-invalid')
    await expect(cvc).toHaveValue('123')
    await expect(canvas.getByLabelText('Name on card')).toHaveValue('Ada Lovelace')
    // The summary keeps in step with the fields: the line goes with the field's message.
    await expect(canvas.queryByRole('group', { name: 'There is a problem' })).toBeNull()
  },
}

function BankForm() {
  const payout = useMutation({ mutationFn: () => Promise.reject(failures.tabapayRoutingNumber()) })
  return (
    <RecourseProvider
      fieldMap={{ 'accounts.destinationAccount.bank.routingNumber': 'routingNumber' }}
      labels={{ routingNumber: 'the routing number' }}
    >
      <PayoutForm payout={payout} />
    </RecourseProvider>
  )
}

function PayoutForm({ payout }: { payout: UseMutationResult<unknown, Error, void> }) {
  const view = useRecourse(payout)
  return (
    <RecourseForm.Root
      view={view}
      onSubmit={(event) => {
        event.preventDefault()
        payout.mutate()
      }}
      aria-label="Payout account"
    >
      <ErrorSummary.Root />
      <RecourseForm.Field name="accountNumber" label="Account number">
        <input />
      </RecourseForm.Field>
      <RecourseForm.Field name="routingNumber" label="Routing number">
        <input inputMode="numeric" />
      </RecourseForm.Field>
      <button type="submit">Send payout</button>
    </RecourseForm.Root>
  )
}

export const RoutingNumberTabaPay: Story = {
  render: () => <BankForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Send payout' }))
    const summary = await canvas.findByRole('group', { name: 'There is a problem' })
    // TabaPay's EM names the API path; the field map puts the error on the form's own field, in plain words.
    const link = within(summary).getByRole('link', { name: /the routing number/ })
    await expect(canvas.getByLabelText('Routing number')).toHaveAttribute('aria-invalid', 'true')
    await expect(canvasElement).not.toHaveTextContent('accounts.destinationAccount')
    await userEvent.click(link)
    await expect(canvas.getByLabelText('Routing number')).toHaveFocus()
  },
}

function DeclinedForm() {
  const payment = useMutation({
    mutationFn: () => Promise.reject(failures.stripeInsufficientFunds()),
  })
  const view = useRecourse(payment)
  return (
    <RecourseForm.Root
      view={view}
      onSubmit={(event) => {
        event.preventDefault()
        payment.mutate()
      }}
      aria-label="Card payment"
    >
      <ErrorSummary.Root />
      <RecourseForm.Field name="number" label="Card number">
        <input />
      </RecourseForm.Field>
      {view ? <RecourseNotice.Root view={view} /> : null}
      <button type="submit">Pay £42.00</button>
    </RecourseForm.Root>
  )
}

export const DeclineShownByTheNotice: Story = {
  render: () => <DeclinedForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const pay = canvas.getByRole('button', { name: 'Pay £42.00' })
    await userEvent.click(pay)
    // Not about a field: the notice in the form shows it, no field is marked, no summary, and focus stays put.
    const notice = await canvas.findByRole('region')
    await expect(notice).toHaveTextContent(
      'There is not enough money in the account for this payment.',
    )
    await expect(canvas.getByLabelText('Card number')).not.toHaveAttribute('aria-invalid')
    await expect(canvas.queryByRole('group')).toBeNull()
    await expect(pay).toHaveFocus()
  },
}
