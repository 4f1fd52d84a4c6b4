import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { Playground } from './Playground.js'
import { sampleId, samples } from './samples.js'
import './playground.css'

const meta = {
  title: 'Demo/Classifier playground',
  component: Playground,
  tags: ['!autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Paste a raw HTTP response (status line, headers, body) or pick a sample, choose the method and whether the request was idempotent, and see the `Recourse` that `classify` returns — with the rules that decided — beside the notice a customer would get.',
      },
    },
  },
  argTypes: {
    sample: { control: 'select', options: samples.map((sample) => sample.id) },
    source: { control: 'inline-radio', options: ['http', 'network', 'timeout'] },
    method: { control: 'select', options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
    idempotent: { control: 'boolean' },
    raw: { control: 'text' },
  },
} satisfies Meta<typeof Playground>
export default meta
type Story = StoryObj<typeof meta>

// Cases of the fixture set (test/fixtures/providers), by file and name.
const insufficientFunds = sampleId(
  'stripe',
  '402 card_error insufficient_funds: safe message shown, Request-Id as reference',
)
const gatewayDeclined = sampleId(
  'mastercard/gateway',
  'DECLINED from the gateway (array, boolean Recoverable, Details null) is an access problem, not a card decline',
)

const fact = (canvasElement: HTMLElement, name: string) =>
  canvasElement.querySelector(`[data-fact="${name}"]`)?.textContent

export const Playground_: Story = {
  name: 'Playground',
  args: { sample: insufficientFunds },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(fact(canvasElement, 'kind')).toBe('declined')
    await expect(fact(canvasElement, 'reason')).toBe('insufficient-funds')
    await expect(fact(canvasElement, 'reference')).toBe('req_8fT2kLm9QpXa1Z')
    await expect(
      canvas.getByRole('heading', { level: 3, name: /declined|refused|funds/i }),
    ).toBeVisible()

    // Another sample, picked with the keyboard: the classification follows.
    await userEvent.selectOptions(canvas.getByLabelText('Start from a sample'), gatewayDeclined)
    await waitFor(() => expect(fact(canvasElement, 'kind')).toBe('contact-support'))
    await expect(fact(canvasElement, 'dialect')).toBe('mastercard')
  },
}

export const UnknownOutcome: Story = {
  args: {
    sample: sampleId(
      'tabapay',
      '207 upstream step failed, resource in UNKNOWN status, empty transactionID',
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(fact(canvasElement, 'kind')).toBe('contact-support')
    await expect(fact(canvasElement, 'reason')).toBe('outcome-unknown')
    await expect(fact(canvasElement, 'retry')).toBe('not allowed')
  },
}

/** A POST that timed out: without an idempotency key it may have been charged, so it is never retried. */
export const TimedOutPayment: Story = {
  args: {
    sample: insufficientFunds,
    source: 'timeout',
    method: 'POST',
    idempotent: false,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(fact(canvasElement, 'reason')).toBe('outcome-unknown')
    await expect(fact(canvasElement, 'retry')).toBe('not allowed')
    // With a key, the same timeout is safe to send again.
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Idempotent' }))
    await waitFor(() => expect(fact(canvasElement, 'kind')).toBe('retry-later'))
    await expect(fact(canvasElement, 'retry')).toMatch(/^allowed/)
  },
}

export const FieldInTheText: Story = {
  args: {
    sample: sampleId(
      'mastercard/event-notifications',
      '400 format.invalid: field only in Details text ("The field \'subjectType\' has an invalid format.")',
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(fact(canvasElement, 'kind')).toBe('fix-input')
    const table = canvas.getByRole('table')
    await expect(within(table).getByText('subjectType')).toBeVisible()
  },
}

/** Server markup is text: the HTML of a proxy's 502 never renders. */
export const HtmlBody: Story = {
  args: { sample: sampleId('mastercard/cross-border', '502 from infrastructure, HTML body, GET') },
  play: async ({ canvasElement }) => {
    await expect(fact(canvasElement, 'kind')).toBe('retry-later')
    await expect(canvasElement.querySelector('script, h1')).toBeNull()
  },
}

/** Text that is neither a response nor a JSON body: the playground says which line is wrong. */
export const NotAResponse: Story = {
  args: { raw: 'Bad Gateway: the upstream did not answer' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const textarea = canvas.getByLabelText('Raw HTTP response')
    await expect(textarea).toHaveAccessibleDescription(/Line 1 should be a status line/)
    await expect(canvas.getByLabelText('Raw HTTP response')).toHaveAttribute('aria-invalid', 'true')
    await userEvent.clear(canvas.getByLabelText('Raw HTTP response'))
    // What live regions are given while the customer types: the text is read once typing pauses, so a screen reader
    // is not handed a message per keystroke (it was: one per key, 32 here).
    const spoken: string[] = []
    const listener = new MutationObserver((records) => {
      for (const record of records) {
        const live =
          (record.target as Element).closest?.('[aria-live]') ?? record.target.parentElement
        if (live?.closest('[aria-live]')) spoken.push(record.target.textContent ?? '')
      }
    })
    listener.observe(document.body, { subtree: true, childList: true, characterData: true })
    await userEvent.type(
      canvas.getByLabelText('Raw HTTP response'),
      'HTTP/1.1 503 Service Unavailable',
    )
    await waitFor(() => expect(fact(canvasElement, 'reason')).toBe('unavailable'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    listener.disconnect()
    await expect(spoken.length).toBeLessThan(8)
  },
}

/** A JSON body alone, as a log prints it: read with the status picked under the text box, and said so. */
export const BareJsonBody: Story = {
  args: {
    raw: '{"error":{"type":"card_error","code":"incorrect_cvc","param":"cvc","message":"Your card\'s security code is incorrect."}}',
    assumeStatus: 402,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(fact(canvasElement, 'status')).toBe('402')
    await expect(fact(canvasElement, 'kind')).toBe('fix-input')
    const textarea = canvas.getByLabelText('Raw HTTP response')
    await expect(textarea).toHaveAttribute('aria-invalid', 'false')
    await expect(textarea).toHaveAccessibleDescription(
      /No status line: read as a bare body answered with status 402\./,
    )
    // Another status picked: the same body, classified again.
    const status = canvas.getByLabelText('Status of a bare body')
    await userEvent.clear(status)
    await userEvent.type(status, '503')
    await waitFor(() => expect(fact(canvasElement, 'status')).toBe('503'))
    // The field's message is said once on the customer's side, in the notice.
    await userEvent.clear(status)
    await userEvent.type(status, '402')
    await waitFor(() => expect(fact(canvasElement, 'kind')).toBe('fix-input'))
    const customer = canvas.getByRole('region', { name: 'What the customer sees' })
    const message = within(customer).getAllByRole('listitem')
    await expect(message).toHaveLength(1)
  },
}

/** A body that looks like JSON but is not: classified as text, and the playground says so and why. */
export const InvalidJson: Story = {
  args: {
    raw: 'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error": {"code": "x",}}',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByLabelText('Raw HTTP response')).toHaveAccessibleDescription(
      /The body is not valid JSON \(.+\), so it was classified as plain text/,
    )
    await expect(fact(canvasElement, 'status')).toBe('400')
  },
}
