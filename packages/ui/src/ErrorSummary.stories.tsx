import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import * as ErrorSummary from './ErrorSummary.js'

const meta: Meta<typeof ErrorSummary.Root> = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary.Root,
  subcomponents: {
    'ErrorSummary.Title': ErrorSummary.Title,
    'ErrorSummary.List': ErrorSummary.List,
    'ErrorSummary.Item': ErrorSummary.Item,
  },
  parameters: {
    docs: {
      description: {
        component:
          "The GOV.UK error summary. Inside a `RecourseForm.Root`, `<ErrorSummary.Root />` lists the form's errors, in step with its fields; on its own, compose `.Title`, `.List` and `.Item` (with the id of the control each one links to). It takes focus when it appears (focus says it); with `takeFocus={false}` it is announced instead.",
      },
    },
  },
}
export default meta
type Story = StoryObj<typeof ErrorSummary.Root>

export const Standalone: Story = {
  render: () => (
    <>
      <ErrorSummary.Root>
        <ErrorSummary.Title />
        <ErrorSummary.List>
          <ErrorSummary.Item>Your card provider did not accept this payment.</ErrorSummary.Item>
          <ErrorSummary.Item target="postcode">Enter the postcode</ErrorSummary.Item>
        </ErrorSummary.List>
      </ErrorSummary.Root>
      <label htmlFor="postcode">Postcode</label>
      <input id="postcode" />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const summary = await canvas.findByRole('group', { name: 'There is a problem' })
    // On its own it takes focus when it appears; focus reads its title and, as its description, the list.
    await waitFor(() => expect(summary).toHaveFocus())
    await expect(summary).toHaveAccessibleDescription(/Enter the postcode/)
    await userEvent.tab()
    await expect(canvas.getByRole('link', { name: 'Enter the postcode' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByLabelText('Postcode')).toHaveFocus()
  },
}

export const ComposedFromParts: Story = {
  render: () => (
    <ErrorSummary.Root takeFocus={false}>
      <ErrorSummary.Title>Check your payment</ErrorSummary.Title>
      <ErrorSummary.List>
        <ErrorSummary.Item>The card has expired</ErrorSummary.Item>
      </ErrorSummary.List>
    </ErrorSummary.Root>
  ),
  play: async ({ canvasElement }) => {
    const summary = await within(canvasElement).findByRole('group', { name: 'Check your payment' })
    await expect(summary).toHaveTextContent('The card has expired')
    await expect(summary).not.toHaveFocus()
  },
}
