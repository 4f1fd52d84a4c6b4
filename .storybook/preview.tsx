import '../packages/ui/src/styles.css'
import './preview.css'
import { allDialects } from '@recourse/core/dialects'
import { createRecourseQueryClient, RecourseProvider } from '@recourse/react'
import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { configure } from 'storybook/test'

// Play functions wait (findBy…, waitFor) for what stays on screen: give them the time a loaded 2-core CI machine
// needs (a mocked request goes through the MSW service worker, another thread), not Testing Library's 1 s. A state
// that passes is not waited for this way; it is checked when it is on screen.
configure({ asyncUtilTimeout: 10_000 })

const support = {
  email: 'help@shop.example',
  phone: '+44 20 7946 0000',
  url: 'https://shop.example/help',
}

const preview: Preview = {
  // The theme is the app's choice (data-theme on an ancestor): a toolbar switch here.
  globalTypes: {
    theme: {
      description: 'Theme of @recourse/ui/styles.css',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  // Every component gets a docs page with its props table.
  tags: ['autodocs'],
  // Mock Service Worker in the browser: stories and the demo apps add their handlers with `msw.use(...)` in
  // `beforeEach`; requests without a handler go to the network as usual (Storybook's own assets).
  loaders: [mswLoader()],
  parameters: {
    // The decorator's themed page pads the story itself: Storybook's own padding (layout 'padded') would stay white
    // around it in dark mode.
    layout: 'fullscreen',
    // The sidebar's order. Storybook opens on the first entry when the URL names none: "Getting started".
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Classification',
            'Retry and double-charge policy',
            'Accessibility',
            'Providers',
          ],
          'Components',
          'Demo',
        ],
      },
    },
    // Axe violations fail the story tests (`pnpm vitest run --project stories`), not just warn.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  decorators: [
    // Each story gets its own QueryClient (no state leaks between stories) and a RecourseProvider with a support
    // contact, as an app would set them up.
    (Story, context) => {
      const [client] = useState(() =>
        createRecourseQueryClient({
          // The stories show every provider's bodies.
          dialects: allDialects,
          retry: { maxRetries: 0 },
          defaultOptions: { queries: { throwOnError: false } },
        }),
      )
      return (
        <QueryClientProvider client={client}>
          <RecourseProvider support={support}>
            <main
              data-theme={context.globals['theme'] === 'dark' ? 'dark' : 'light'}
              className="story-page"
            >
              <Story />
            </main>
          </RecourseProvider>
        </QueryClientProvider>
      )
    },
  ],
}

export default preview
