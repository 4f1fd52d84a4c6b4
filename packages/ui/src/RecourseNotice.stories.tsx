import { useRecourse } from '@recourse/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import { RecourseNotice } from './RecourseNotice.js'

const meta: Meta = {
  title: 'Components/RecourseNotice',
  component: RecourseNotice,
  parameters: {
    docs: {
      description: {
        component:
          "One notice per kind, from what `useRecourse` returns: declined, retry-later (countdown and retry), contact-support (reference, contacts) and fix-input. Stories use the providers' real error bodies.",
      },
    },
  },
}
export default meta
type Story = StoryObj

/** Renders the notice for a failure a payment mutation threw. */
function FromError({ error, alternative }: { error: unknown; alternative?: boolean }) {
  const failure = useRecourse(error)
  if (!failure) return null
  return (
    <RecourseNotice
      failure={failure}
      {...(alternative ? { alternative: <a href="#other-method">Pay with another method</a> } : {})}
    />
  )
}

/** A balance query that fails once with `error`, then loads: retries go through `retry.retryNow`. */
function FailingOnce({ error }: { error: () => Error }) {
  const calls = useRef(0)
  const query = useQuery({
    queryKey: ['balance'],
    queryFn: () => (calls.current++ === 0 ? Promise.reject(error()) : Promise.resolve('£120.00')),
  })
  const failure = useRecourse(query)
  if (query.data) return <p>Balance: {query.data}</p>
  return failure ? (
    <RecourseNotice failure={failure} retrying={query.isFetching} />
  ) : (
    <p>Loading balance</p>
  )
}

export const DeclinedInsufficientFundsStripe: Story = {
  render: () => <FromError error={failures.stripeInsufficientFunds()} alternative />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Your payment was declined')
    // Stripe marks card_error messages safe for customers.
    await expect(alert).toHaveTextContent('Your card has insufficient funds.')
    await expect(canvas.getByRole('link', { name: 'Pay with another method' })).toBeVisible()
  },
}

export const DeclinedInsufficientFundsTabaPay: Story = {
  render: () => <FromError error={failures.tabapayFailedInsufficientFunds()} alternative />,
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    // A 200 whose body says FAILED is a decline, in plain words (TabaPay's codes are never shown).
    await expect(alert).toHaveTextContent(
      'There is not enough money in the account for this payment.',
    )
    await expect(canvasElement).not.toHaveTextContent('51')
  },
}

export const DeclinedFraudShownAsGenericDecline: Story = {
  render: () => <FromError error={failures.stripeFraudulent()} />,
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('Your card provider did not accept this payment.')
    await expect(canvasElement).not.toHaveTextContent(/fraud/i)
  },
}

export const ServerMarkupRendersAsText: Story = {
  render: () => <FromError error={failures.stripeMarkupMessage()} />,
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    // The markup is visible as text; nothing of it became an element, nothing ran.
    await expect(alert).toHaveTextContent('<img src=x onerror="window.__xss=1">')
    await expect(canvasElement.querySelector('img, script')).toBeNull()
    await expect((window as { __xss?: number }).__xss).toBeUndefined()
  },
}

export const RetryLaterCountdownStripe: Story = {
  render: () => <FailingOnce error={() => failures.stripeRateLimited(2)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // The button keeps its name; the countdown is text beside it, tied to it as its description.
    const button = await canvas.findByRole('button', { name: 'Try again' })
    await expect(button).toHaveAccessibleDescription(/^Try again in \d s$/)
    // Waiting: focusable, but it does nothing (aria-disabled, not disabled, so keyboard users find it).
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(canvas.getByRole('status')).toHaveTextContent('Too many attempts')
    button.focus()
    await userEvent.keyboard('{Enter}')
    await expect(canvas.queryByText(/Balance/)).toBeNull()
    // Once Retry-After has passed, one polite announcement, and the button works; focus never left it.
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'), { timeout: 4000 })
    await expect(canvas.queryByText(/Try again in/)).toBeNull()
    await expect(canvas.getByText('You can try again now.')).toBeVisible()
    await expect(button).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect(await canvas.findByText('Balance: £120.00')).toBeVisible()
  },
}

/** A failure an automatic retry is waiting out: no button, but the countdown still says how long. */
function AutomaticRetry({ error }: { error: unknown }) {
  const failure = useRecourse(error)
  return failure ? <RecourseNotice failure={failure} retrying /> : null
}

export const RetryLaterCountdownWithoutButton: Story = {
  render: () => <AutomaticRetry error={failures.stripeRateLimited(2)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('status')).toHaveTextContent('Too many attempts')
    await expect(canvas.queryByRole('button')).toBeNull()
    // Says when the app tries, not "Try again in…", which would read as the customer's job.
    await expect(canvas.getByText(/^Next attempt in \d s$/)).toBeVisible()
    await expect(canvas.queryByText(/Try again in/)).toBeNull()
    await expect(canvas.getByText('Trying again…')).toBeVisible()
    // Once Retry-After has passed, the countdown goes.
    await waitFor(() => expect(canvas.queryByText(/Next attempt in/)).toBeNull(), { timeout: 4000 })
  },
}

export const RetryLaterUnavailableMastercard: Story = {
  render: () => <FailingOnce error={failures.mastercardUnavailable} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const status = await canvas.findByRole('status')
    await expect(status).toHaveTextContent('Something went wrong for a moment')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByText('Balance: £120.00')).toBeVisible()
  },
}

export const RetryLaterNetworkDrop: Story = {
  render: () => <FailingOnce error={failures.networkDropOnGet} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent(
      'Connection problem',
    )
  },
}

export const ContactSupportGatewayMastercard: Story = {
  render: () => <FromError error={failures.mastercardGatewayDeclined()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const alert = await canvas.findByRole('alert')
    // The gateway's DECLINED is an access problem of the merchant: never "your card was declined".
    await expect(alert).toHaveTextContent('We cannot complete this right now')
    await expect(canvasElement).not.toHaveTextContent(/declined/i)
    await expect(canvas.getByText('Reference: mc-gw-5521')).toBeVisible()
    await expect(canvas.getByRole('link', { name: 'help@shop.example' })).toHaveAttribute(
      'href',
      'mailto:help@shop.example',
    )
  },
}

export const ContactSupportUnknownOutcomeTabaPay: Story = {
  render: () => <FromError error={failures.tabapayUnknownOutcome()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Do not pay again.')
    await expect(canvas.queryByRole('button', { name: /try again/i })).toBeNull()
    // Copy the reference from the keyboard; the result is announced politely.
    const copied: string[] = []
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
    })
    canvas.getByRole('button', { name: 'Copy reference' }).focus()
    await userEvent.keyboard('{Enter}')
    await expect(await canvas.findByText('Reference copied')).toBeVisible()
    await expect(copied).toEqual(['TX7Vb3Nc1p'])
  },
}

export const FixInputMangopay: Story = {
  render: () => <FromError error={failures.mangopayFieldErrors()} />,
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('Check the details you entered')
    const items = within(canvasElement).getAllByRole('listitem')
    await expect(items.map((item) => item.textContent)).toEqual([
      'Check this value',
      'Enter a value',
    ])
  },
}
