import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect } from 'react'
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { Checkout } from './Checkout.tsx'
import { mockStore } from './mockStore.ts'
import { checkoutHandlers } from './mocks/handlers.ts'
import { OUTCOMES, PROVIDERS, type OutcomeId, type ProviderId } from './scenarios.ts'

interface ScenarioArgs {
  provider: ProviderId
  outcome: OutcomeId
}

/** The checkout on the scenario of its args; a change in the Controls panel starts a fresh checkout. */
function CheckoutDemo({ provider, outcome }: ScenarioArgs) {
  useEffect(() => {
    const current = mockStore.getState()
    if (current.provider !== provider || current.outcome !== outcome)
      mockStore.select(provider, outcome)
  }, [provider, outcome])
  return <Checkout />
}

const meta = {
  title: 'Demo/Checkout',
  component: CheckoutDemo,
  // One live checkout per page: the stories share one mock provider, so no docs page renders them all at once.
  tags: ['!autodocs'],
  args: { provider: 'stripe', outcome: 'success' },
  argTypes: {
    provider: { control: 'select', options: PROVIDERS },
    outcome: { control: 'select', options: OUTCOMES },
  },
  // The mock payment APIs answer from the scenario store, which the switcher on the page writes to.
  beforeEach({ msw, args }) {
    mockStore.select(args.provider, args.outcome)
    msw.use(...checkoutHandlers)
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          "A card checkout paying through `usePaymentMutation`, `useRecourse` and the kit's form, notices and dialog, against mock payment APIs that answer in each provider's real shapes. Pick the provider and outcome on the page (or deep-link: `?args=provider:tabapay;outcome:unknown`). The page shows how many payment requests the mock received and which idempotency key each carried.",
      },
    },
  },
} satisfies Meta<typeof CheckoutDemo>
export default meta
type Story = StoryObj<typeof meta>

/** Presses "Pay now" from the keyboard: focus on the card number, then Enter submits the form. */
async function pay(canvasElement: HTMLElement) {
  const canvas = within(canvasElement)
  canvas.getByLabelText('Card number').focus()
  await userEvent.keyboard('{Enter}')
}

const requestCount = (canvasElement: HTMLElement) =>
  within(canvasElement).getByTestId('request-count').textContent

/**
 * Counts the payment POSTs the page sends, the moment `fetch` is called (the mock's own counter lags: it records a
 * request after reading its body and a little latency). The app's `fetchJson` looks `fetch` up on each call.
 */
function countPaymentPosts() {
  const spy = spyOn(window, 'fetch')
  return () =>
    spy.mock.calls.filter(
      ([input, init]) =>
        (init?.method ?? 'GET').toUpperCase() === 'POST' &&
        String(input instanceof Request ? input.url : input).includes('/api/'),
    ).length
}

/** The playground: pick the scenario on the page, or deep-link one (`?args=provider:tabapay;outcome:unknown`). */
export const Default: Story = {}

export const PaidStripe: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    const heading = await canvas.findByRole('heading', { name: 'Payment accepted' })
    await waitFor(() => expect(heading).toHaveFocus())
    await expect(canvas.getByTestId('confirmation')).toHaveTextContent('card ending 4242')
    // The card number is never echoed.
    await expect(canvasElement).not.toHaveTextContent('4242 4242 4242 4242')
    await expect(requestCount(canvasElement)).toBe('Payment requests sent: 1')
  },
}

export const FieldErrorsMastercard: Story = {
  args: { provider: 'mastercard', outcome: 'invalid-fields' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    const summary = await canvas.findByRole('group', { name: 'There is a problem' })
    await waitFor(() => expect(summary).toHaveFocus())
    const links = within(summary).getAllByRole('link')
    await expect(links.map((link) => link.textContent)).toEqual([
      'Enter the amount as a number, like 12.50',
      'The billing postcode is too long or too short',
    ])
    links[1]?.focus()
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByLabelText('Billing postcode')).toHaveFocus()
    await expect(canvas.getByLabelText('Billing postcode')).toHaveAttribute('aria-invalid', 'true')
  },
}

export const WrongSecurityCodeStripe: Story = {
  args: { provider: 'stripe', outcome: 'incorrect-cvc' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    const summary = await canvas.findByRole('group', { name: 'There is a problem' })
    // The summary takes focus on the next frame: wait for it, as a keyboard user would.
    await waitFor(() => expect(summary).toHaveFocus())
    const link = within(summary).getByRole('link', {
      name: 'Enter the security code: the 3 or 4 digits printed on your card',
    })
    link.focus()
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByLabelText('Security code')).toHaveFocus()
  },
}

export const FraudShownAsGenericDeclineStripe: Story = {
  args: { provider: 'stripe', outcome: 'fraud' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    const notice = await canvas.findByRole('region', { name: 'Your payment was declined' })
    await waitFor(() => expect(notice).toHaveFocus())
    await expect(notice).toHaveTextContent('Your card provider did not say why')
    // (The scenario caption names the fraud code; the customer's notice never does.)
    await expect(notice).not.toHaveTextContent(/fraud/i)
  },
}

export const RateLimitedCountdownStripe: Story = {
  args: { provider: 'stripe', outcome: 'rate-limited' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const paymentsSent = countPaymentPosts()
    await pay(canvasElement)
    const button = await canvas.findByRole('button', { name: 'Try again' })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    // Pressed too early, at once: nothing may be sent.
    button.focus()
    await userEvent.keyboard('{Enter}')
    // Pay now waits for the same Retry-After, and says why: pressing it sends nothing either.
    const payNow = canvas.getByRole('button', { name: 'Pay now' })
    await expect(payNow).toHaveAttribute('aria-disabled', 'true')
    await expect(payNow).toHaveAccessibleDescription(/^You can pay again in \d s\.$/)
    payNow.focus()
    await userEvent.keyboard('{Enter}')
    await expect(button).toHaveAccessibleDescription(/^Try again in \d s$/)
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'))
    // Counted in the page up to the end of the countdown: still the first request only.
    await expect(paymentsSent()).toBe(1)
    await expect(payNow).toHaveAttribute('aria-disabled', 'false')
    button.focus()
    await userEvent.keyboard('{Enter}')
    await expect(await canvas.findByRole('heading', { name: 'Payment accepted' })).toBeVisible()
    await expect(paymentsSent()).toBe(2)
    await expect(requestCount(canvasElement)).toBe('Payment requests sent: 2')
  },
}

export const UnavailableThenPaidMastercard: Story = {
  args: { provider: 'mastercard', outcome: 'unavailable' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    // One automatic retry with the same key (after up to 500 ms of backoff), then the notice (.storybook/preview.tsx
    // gives every wait the time a busy machine needs).
    const notice = await canvas.findByRole('region', { name: 'There is a temporary problem' })
    // The notice may show while the automatic retry is still on its way ("still trying"): wait for it.
    await waitFor(() => expect(requestCount(canvasElement)).toBe('Payment requests sent: 2'))
    // The automatic retry is announced once, by the form's progress line: the demo's counter is not live.
    await expect(canvas.getByTestId('request-count')).not.toHaveAttribute('aria-live')
    await waitFor(() => expect(notice).toHaveFocus())
    // The retry's answer is in: no more "Still trying" (and its "Stop waiting" button).
    await waitFor(() => expect(canvas.queryByText(/Still trying/)).toBeNull())
    await userEvent.tab()
    await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveFocus()
    // The customer's retry is said by the notice's countdown ("Trying again…"): the form's progress line, a second
    // live region, stays quiet meanwhile.
    const progress = canvasElement.querySelector('.checkout-progress')!
    const progressSaid: string[] = []
    const watch = new MutationObserver(() => progressSaid.push(progress.textContent ?? ''))
    watch.observe(progress, { subtree: true, childList: true, characterData: true })
    await userEvent.keyboard('{Enter}')
    await expect(await canvas.findByRole('heading', { name: 'Payment accepted' })).toBeVisible()
    watch.disconnect()
    await expect(progressSaid.filter(Boolean)).toEqual([])
    const keys = [...canvasElement.querySelectorAll('[data-key]')].map((item) =>
      item.getAttribute('data-key'),
    )
    await expect(keys).toHaveLength(3)
    await expect(new Set(keys).size).toBe(1)
  },
}

export const UnknownOutcomeTabaPay: Story = {
  args: { provider: 'tabapay', outcome: 'unknown' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    // The dialog is portalled outside the canvas.
    const dialog = await within(document.body).findByRole('alertdialog')
    const checkStatus = within(dialog).getByRole('button', { name: 'Check your order status' })
    await waitFor(() => expect(checkStatus).toHaveFocus())
    await expect(dialog).toHaveTextContent('Do not pay again.')
    await userEvent.keyboard('{Enter}')
    // The order status finds the payment: the checkout shows it as made, and nothing was sent again.
    await expect(await canvas.findByRole('heading', { name: 'Payment accepted' })).toBeVisible()
    await expect(requestCount(canvasElement)).toBe('Payment requests sent: 1')
    await expect(canvas.getByTestId('charge-count')).toHaveTextContent('Charges taken: 1')
  },
}

export const GatewayAccessMastercard: Story = {
  args: { provider: 'mastercard', outcome: 'gateway-401' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    const notice = await canvas.findByRole('region', { name: 'We could not complete this' })
    // The gateway's DECLINED is the shop's problem: never "your card was declined".
    await expect(notice).not.toHaveTextContent(/declined/i)
    await expect(notice).toHaveTextContent('payments@shop.example')
  },
}

/** Deep links for a reviewer: the other notable scenarios, without a play function. */
export const InsufficientFundsIn200Mangopay: Story = {
  args: { provider: 'mangopay', outcome: 'insufficient-funds' },
}
export const DuplicateReferenceTabaPay: Story = {
  args: { provider: 'tabapay', outcome: 'duplicate' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    // A reference used before: the payment may already have been made, so the dialog offers the order status.
    const dialog = await within(document.body).findByRole('alertdialog')
    await expect(dialog).toHaveTextContent('This payment may already have been made')
    const checkStatus = within(dialog).getByRole('button', { name: 'Check your order status' })
    await waitFor(() => expect(checkStatus).toHaveFocus())
    await userEvent.keyboard('{Enter}')
    await canvas.findByText('No payment was taken. You can pay again.')
    const payNow = canvas.getByRole('button', { name: 'Pay now' })
    await expect(payNow).toHaveAttribute('aria-disabled', 'false')
    // The dialog and its notice are gone: focus is not lost with them, it is on the next step.
    await waitFor(() => expect(payNow).toHaveFocus())
    // Nothing was taken with the first key: paying again is a new payment, with a new key.
    await pay(canvasElement)
    await waitFor(() => expect(requestCount(canvasElement)).toBe('Payment requests sent: 2'))
    const keys = [...canvasElement.querySelectorAll('[data-key]')].map((item) =>
      item.getAttribute('data-key'),
    )
    await expect(new Set(keys).size).toBe(2)
  },
}
/** The customer presses "Pay now" twice in one moment: one request, one charge. */
export const DoubleClickStripe: Story = {
  args: { provider: 'stripe', outcome: 'success' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Double-click to pay' }))
    await expect(await canvas.findByRole('heading', { name: 'Payment accepted' })).toBeVisible()
    await expect(requestCount(canvasElement)).toBe('Payment requests sent: 1')
    await expect(canvas.getByTestId('charge-count')).toHaveTextContent('Charges taken: 1')
  },
}

/**
 * The customer leaves while the payment is unanswered and comes back: the same payment, still paying (a press of
 * "Pay" joins it), then made once with the one key.
 */
export const LeaveAndComeBackStripe: Story = {
  // The provider takes the payment and the answer is lost; the automatic retry with the same key is replayed.
  args: { provider: 'stripe', outcome: 'unknown' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pay(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Leave and come back' }))
    await canvas.findByText('You left the checkout. Coming back…')
    // Back: still paying, or already paid, depending on how fast the retry was; a press of "Pay" joins or replays.
    await canvas.findByRole('button', { name: 'Double-click to pay' })
    await userEvent.click(canvas.getByRole('button', { name: 'Double-click to pay' }))
    await expect(
      await canvas.findByRole('heading', { name: 'Payment accepted' }, { timeout: 15_000 }),
    ).toBeVisible()
    const keys = [...canvasElement.querySelectorAll('[data-key]')].map((item) =>
      item.getAttribute('data-key'),
    )
    await expect(new Set(keys).size).toBe(1)
    await expect(canvas.getByTestId('charge-count')).toHaveTextContent('Charges taken: 1')
  },
}

export const LostAnswerReplayedStripe: Story = {
  args: { provider: 'stripe', outcome: 'unknown' },
}
export const TimeoutCloudPayments: Story = {
  args: { provider: 'cloud-payments', outcome: 'timeout' },
}
