import type { StorybookConfig } from '@storybook/react-vite'
import { defaultClientConditions, mergeConfig } from 'vite'

// Stories of the UI kit and of the demo apps. Paths are relative to this folder. Every glob must match a file:
// Storybook warns "No story files found" at start for one that does not (the kit and the apps have no .mdx pages;
// add their glob with the first one). The sidebar's order, and the page Storybook opens on (Getting started), are
// `options.storySort` in preview.tsx.
const stories = [
  '../docs/storybook/**/*.mdx',
  '../docs/storybook/**/*.stories.@(ts|tsx)',
  '../packages/ui/src/**/*.stories.@(ts|tsx)',
  // apps/*/src only: apps/*/node_modules links back to the packages (and their stories).
  '../apps/*/src/**/*.stories.@(ts|tsx)',
]

const config: StorybookConfig = {
  stories,
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // mockServiceWorker.js (from `msw init`, same version as the installed msw): the demo apps' payment
  // and admin APIs are mocked in the browser, so nothing needs a backend.
  staticDirs: ['./public'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The default docgen (react-docgen) fills the props tables; react-docgen-typescript is not needed.
  typescript: { reactDocgen: 'react-docgen' },
  // Nothing leaves the machine at dev or build time.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Like the unit projects in vitest.config.ts: workspace packages resolve to their TypeScript source
  // through the `@recourse/source` export condition, so stories never need a build. The `stories`
  // Vitest project gets this config too, through storybookTest().
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: ['@recourse/source', ...defaultClientConditions] },
      // Known up front, so adding a story never makes Vite re-optimize and reload a running test.
      optimizeDeps: {
        include: [
          'react',
          'react-dom',
          'react-dom/client',
          'react/jsx-runtime',
          'react/jsx-dev-runtime',
          '@tanstack/react-query',
          'radix-ui',
          'react-error-boundary',
          'msw',
          'msw/browser',
          'msw-storybook-addon/csf3',
        ],
      },
    }),
}

export default config
