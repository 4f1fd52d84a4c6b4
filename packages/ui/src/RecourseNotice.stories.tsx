import { useRecourse } from '@recourse/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import * as RecourseNotice from './RecourseNotice.js'

const meta: Meta = {
  title: 'Components/RecourseNotice',
  component: RecourseNotice.Root,
  subcomponents: {
    'RecourseNotice.Title': RecourseNotice.Title,
    'RecourseNotice.Body': RecourseNotice.Body,
    'RecourseNotice.Retry': RecourseNotice.Retry,
    'RecourseNotice.Countdown': RecourseNotice.Countdown,
    'RecourseNotice.Reference': RecourseNotice.Reference,
    'RecourseNotice.Support': RecourseNotice.Support,
    'RecourseNotice.Fields': RecourseNotice.Fields,
  },
  parameters: {
    docs: {
      description: {
        component:
          "`<RecourseNotice.Root view={view} />` renders the standard parts for the kind: declined, retry-later (retry and countdown), contact-support (reference, contacts) and fix-input (fields). Compose the parts yourself with children. Each failure is said once, through the kit's live region, or by focus with `takeFocus`. Stories use the providers' real error bodies.",
      },
    },
  },
}
export default meta
type Story = StoryObj

/** Renders the notice for a failure a payment mutation threw. */
function FromError({ error, alternative }: { error: unknown; alternative?: boolean }) {
  const view = useRecourse(error)
  if (!view) return null
  if (!alternative) return <RecourseNotice.Root view={view} />
  return (
    <RecourseNotice.Root view={view}>
      <RecourseNotice.Title />
      <RecourseNotice.Body />
      <a href="#other-method">Pay with another method</a>
    </RecourseNotice.Root>
  )
}

/** A balance query that fails once with `error`, then loads: retries go through `retry.retryNow`. */
function FailingOnce({ error }: { error: () => Error }) {
  const calls = useRef(0)
  const query = useQuery({
    queryKey: ['balance'],
    queryFn: () => (calls.current++ === 0 ? Promise.reject(error()) : Promise.resolve('£120.00')),
  })
  const view = useRecourse(query)
  if (query.data) return <p>Balance: {query.data}</p>
  return view ? (
    <RecourseNotice.Root view={{ ...view, retrying: query.isFetching }} />
  ) : (
    <p>Loading balance</p>
  )
}

export const DeclinedInsufficientFundsStripe: Story = {
  render: () => <FromError error={failures.stripeInsufficientFunds()} alternative />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const notice = await canvas.findByRole('region')
    await expect(notice).toHaveTextContent('Your payment was declined')
    // The catalog's words for the reason, the same on every provider (the provider's own text never shows).
    await expect(notice).toHaveTextContent(
      'There is not enough money in the account for this payment.',
    )
    await expect(canvas.getByRole('link', { name: 'Pay with another method' })).toBeVisible()
  },
}

export const DeclinedInsufficientFundsTabaPay: Story = {
  render: () => <FromError error={failures.tabapayFailedInsufficientFunds()} alternative />,
  play: async ({ canvasElement }) => {
    const notice = await within(canvasElement).findByRole('region')
    // A 200 whose body says FAILED is a decline, in plain words (TabaPay's codes are never shown).
    await expect(notice).toHaveTextContent(
      'There is not enough money in the account for this payment.',
    )
    await expect(canvasElement).not.toHaveTextContent('51')
  },
}

export const DeclinedFraudShownAsGenericDecline: Story = {
  render: () => <FromError error={failures.stripeFraudulent()} />,
  play: async ({ canvasElement }) => {
    const notice = await within(canvasElement).findByRole('region')
    await expect(notice).toHaveTextContent('Your card provider did not say why')
    await expect(canvasElement).not.toHaveTextContent(/fraud/i)
  },
}

export const ServerMarkupRendersAsText: Story = {
  render: () => <FromError error={failures.stripeMarkupMessage()} />,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('region')
    // The provider's message (markup) is not shown: nothing of it became an element, nothing ran.
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
    await expect(canvas.getByRole('region')).toHaveTextContent('The system is busy')
    button.focus()
    await userEvent.keyboard('{Enter}')
    await expect(canvas.queryByText(/Balance/)).toBeNull()
    // Once Retry-After has passed, one polite announcement, and the button works; focus never left it.
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'))
    await expect(canvas.queryByText(/Try again in/)).toBeNull()
    await expect(canvas.getByText('You can try again now.')).toBeVisible()
    await expect(button).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect(await canvas.findByText('Balance: £120.00')).toBeVisible()
  },
}

/** A failure an automatic retry is waiting out: no button, but the countdown still says how long. */
function AutomaticRetry({ error }: { error: unknown }) {
  const view = useRecourse(error)
  return view ? <RecourseNotice.Root view={{ ...view, retrying: true }} /> : null
}

export const RetryLaterCountdownWithoutButton: Story = {
  render: () => <AutomaticRetry error={failures.stripeRateLimited(2)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('region')).toHaveTextContent('The system is busy')
    await expect(canvas.queryByRole('button')).toBeNull()
    // Says when the app tries, not "Try again in…", which would read as the customer's job.
    await expect(canvas.getByText(/^Next attempt in \d s$/)).toBeVisible()
    await expect(canvas.queryByText(/Try again in/)).toBeNull()
    // Once Retry-After has passed, the countdown gives way to the attempt under way.
    await waitFor(() => expect(canvas.queryByText(/Next attempt in/)).toBeNull())
    await expect(canvas.getByText('Trying again…')).toBeVisible()
  },
}

export const RetryLaterUnavailableMastercard: Story = {
  render: () => <FailingOnce error={failures.mastercardUnavailable} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const status = await canvas.findByRole('region')
    await expect(status).toHaveTextContent('There is a temporary problem')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByText('Balance: £120.00')).toBeVisible()
  },
}

export const RetryLaterNetworkDrop: Story = {
  render: () => <FailingOnce error={failures.networkDropOnGet} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('region')).toHaveTextContent(
      'Connection problem',
    )
  },
}

export const ContactSupportGatewayMastercard: Story = {
  render: () => <FromError error={failures.mastercardGatewayDeclined()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const notice = await canvas.findByRole('region')
    // The gateway's DECLINED is an access problem of the merchant: never "your card was declined".
    await expect(notice).toHaveTextContent('We could not complete this')
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
    const notice = await canvas.findByRole('region')
    await expect(notice).toHaveTextContent('Do not pay again.')
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
    const notice = await within(canvasElement).findByRole('region')
    await expect(notice).toHaveTextContent('Some details need changing')
    const items = within(canvasElement).getAllByRole('listitem')
    await expect(items.map((item) => item.textContent)).toEqual([
      'Enter this again: it was not accepted',
      'Enter a value',
    ])
  },
}

/** Every part, composed by the app: its own layout, its own button element, its own words where it wants them. */
function Composed({ error }: { error: unknown }) {
  const view = useRecourse(error)
  if (!view) return null
  return (
    <RecourseNotice.Root view={view} headingLevel={3} asChild>
      <article className="my-notice">
        <RecourseNotice.Title />
        <RecourseNotice.Body />
        <RecourseNotice.Fields />
        <RecourseNotice.Reference />
        <RecourseNotice.Support />
        <RecourseNotice.Retry asChild>
          <a href="#retry">Retry the payment</a>
        </RecourseNotice.Retry>
        <RecourseNotice.Countdown />
      </article>
    </RecourseNotice.Root>
  )
}

export const ComposedFromParts: Story = {
  render: () => <Composed error={failures.mastercardGatewayDeclined()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // Your element, with the notice's name: an article named by its title.
    const notice = await canvas.findByRole('article', { name: 'We could not complete this' })
    await expect(notice).toHaveAttribute('data-slot', 'notice')
    await expect(within(notice).getByRole('heading', { level: 3 })).toHaveTextContent(
      'We could not complete this',
    )
    await expect(canvas.getByRole('button', { name: 'Copy reference' })).toBeVisible()
    // No retry from here: the part renders nothing.
    await expect(canvas.queryByRole('link', { name: 'Retry the payment' })).toBeNull()
  },
}

/** A notice that takes focus when it appears: said by focus, not also by a live region. */
function Focused({ error }: { error: unknown }) {
  const view = useRecourse(error)
  return view ? <RecourseNotice.Root view={view} takeFocus /> : null
}

export const TakesFocus: Story = {
  render: () => <Focused error={failures.stripeInsufficientFunds()} />,
  play: async ({ canvasElement }) => {
    const notice = await within(canvasElement).findByRole('region')
    await waitFor(() => expect(notice).toHaveFocus())
    await expect(notice).toHaveAccessibleDescription(
      'No payment was taken. There is not enough money in the account for this payment.',
    )
  },
}
