import type { StorybookConfig } from '@storybook/react-vite'
import { defaultClientConditions, mergeConfig } from 'vite'

// Stories of the UI kit and of the demo apps (apps/ may not exist yet: a glob without matches only
// warns). Paths are relative to this folder.
const stories = [
  '../packages/ui/src/**/*.mdx',
  '../packages/ui/src/**/*.stories.@(ts|tsx)',
  '../apps/**/*.mdx',
  '../apps/**/*.stories.@(ts|tsx)',
]

const config: StorybookConfig = {
  stories,
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
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
        ],
      },
    }),
}

export default config
