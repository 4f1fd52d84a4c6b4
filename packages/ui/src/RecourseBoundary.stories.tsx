import type { Meta, StoryObj } from '@storybook/react-vite'
import { useQuery } from '@tanstack/react-query'
import { expect, userEvent, within } from 'storybook/test'
import * as failures from '../../../.storybook/failures.js'
import { RecourseBoundary } from './RecourseBoundary.js'

const meta: Meta = {
  title: 'Components/RecourseBoundary',
  component: RecourseBoundary,
  parameters: {
    docs: {
      description: {
        component:
          "An error boundary wired to TanStack Query's `QueryErrorResetBoundary`: shows the notice for what a widget threw; its retry resets the failed queries.",
      },
    },
  },
}
export default meta
type Story = StoryObj

// The boundary remounts the widget on retry, and Storybook re-renders stories: the count lives outside both.
let webhookCalls = 0

function Webhooks() {
  const query = useQuery({
    queryKey: ['webhooks'],
    queryFn: () =>
      webhookCalls++ === 0 ? Promise.reject(failures.mastercardUnavailable()) : Promise.resolve(3),
    throwOnError: true,
  })
  return <p>{`${query.data ?? 0} webhook subscriptions`}</p>
}

export const WidgetRecovers: Story = {
  beforeEach: () => {
    webhookCalls = 0
  },
  render: () => (
    <RecourseBoundary headingLevel={3}>
      <Webhooks />
    </RecourseBoundary>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const status = await canvas.findByRole('status')
    await expect(within(status).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Something went wrong for a moment',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByText('3 webhook subscriptions')).toBeVisible()
    // The retry button went away with the notice: focus moves to the recovered widget, not to the page.
    await expect(canvasElement.querySelector('[data-slot="boundary"]')).toHaveFocus()
  },
}
