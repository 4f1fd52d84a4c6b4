import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ErrorSummary } from './ErrorSummary.js'

const meta: Meta<typeof ErrorSummary> = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  parameters: {
    docs: {
      description: {
        component:
          "The GOV.UK error summary. Inside a `RecourseForm` it reads the form's errors; on its own it takes `errors` (with the id of the control each one links to) and a `formError`. Parts: `ErrorSummary.Root`, `.Title`, `.List`, `.Item`.",
      },
    },
  },
}
export default meta
type Story = StoryObj<typeof ErrorSummary>

export const Standalone: Story = {
  args: {
    formError: 'Your card provider did not accept this payment.',
    errors: [{ message: 'Enter the postcode', target: 'postcode' }],
  },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <label htmlFor="postcode">Postcode</label>
      <input id="postcode" />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const summary = await canvas.findByRole('alert')
    // On its own it takes focus when it appears.
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    await expect(within(summary).getByRole('heading', { level: 2 })).toHaveTextContent(
      'There is a problem',
    )
    await userEvent.tab()
    await expect(canvas.getByRole('link', { name: 'Enter the postcode' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByLabelText('Postcode')).toHaveFocus()
  },
}

export const ComposedFromParts: Story = {
  render: () => (
    <ErrorSummary.Root aria-labelledby="summary-title" takeFocus={false}>
      <ErrorSummary.Title id="summary-title">Check your payment</ErrorSummary.Title>
      <ErrorSummary.List>
        <ErrorSummary.Item>The card has expired</ErrorSummary.Item>
      </ErrorSummary.List>
    </ErrorSummary.Root>
  ),
  play: async ({ canvasElement }) => {
    const summary = await within(canvasElement).findByRole('alert')
    await expect(summary).toHaveTextContent('Check your payment')
    await expect(summary.parentElement).not.toHaveFocus()
  },
}
