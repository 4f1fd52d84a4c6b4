import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'
import { chromiumLaunchOptions } from './config/chromium.ts'

// Workspace packages resolve each other's TypeScript source through the `@recourse/source` export
// condition, so tests never need a build first. Node-environment tests resolve through `ssr`.
const sourceResolution = {
  resolve: { conditions: ['@recourse/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@recourse/source', ...defaultServerConditions] } },
}

// test/react18 is a private workspace package whose react-dom 18 is paired with React 18.
const react18 = fileURLToPath(new URL('test/react18/node_modules', import.meta.url))
const testingLibraryEsm = createRequire(import.meta.url)
  .resolve('@testing-library/react')
  .replace(/dist\/index\.js$/, 'dist/@testing-library/react.esm.js')

// React needs a DOM: everything under packages/react and packages/ui, and .tsx suites in test/.
const domTests = [
  'packages/{react,ui}/src/**/*.test.{ts,tsx}',
  'apps/*/src/**/*.test.tsx',
  'test/**/*.test.tsx',
]

// End-to-end: playwright-core drives Debian's Chromium over the built Storybook (the demo apps on their mocks).
const e2eTests = ['test/e2e/**/*.e2e.test.ts']

export default defineConfig({
  test: {
    // `vitest run --project stories` finds nothing until the components have stories: that is not a
    // failure. (Vitest reads this option only here, not per project.)
    passWithNoTests: true,
    projects: [
      {
        ...sourceResolution,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.{ts,tsx}',
            'apps/*/src/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', ...domTests, ...e2eTests],
          setupFiles: ['test/setup/console.ts'],
          // Type tests (`*.test-d.ts`, expectTypeOf) run through tsc with the root tsconfig.json.
          typecheck: {
            enabled: true,
            include: ['packages/*/src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
          },
        },
      },
      {
        // The hooks and the components support React 18 and 19: the same suites run again with React 18 aliased in.
        // The libraries that import React are inlined so they see the alias too.
        ...sourceResolution,
        resolve: {
          ...sourceResolution.resolve,
          // ESM builds first: an inlined CommonJS build (react-remove-scroll's) would require React 19 past the alias.
          mainFields: ['module', 'main'],
          alias: [
            { find: /^react(-dom)?(\/.*)?$/, replacement: `${react18}/react$1$2` },
            // Its CommonJS build would require React 19 past the alias: use the ESM build.
            { find: /^@testing-library\/react$/, replacement: testingLibraryEsm },
          ],
        },
        test: {
          name: 'react-18',
          environment: 'happy-dom',
          // A loaded 2-core CI machine: a test fails when what it waits for never comes, not when it comes late.
          testTimeout: 30_000,
          // The hooks and components, and the outside payment attacks through them (the 2,000-run model and the
          // older attack file, timed for one project, run on React 19).
          include: [
            'packages/{react,ui}/src/**/*.test.{ts,tsx}',
            'test/payments/{outside.attack,doubleCharge.cases}.test.tsx',
          ],
          setupFiles: ['test/setup/dom.ts', 'test/setup/react18.ts'],
          server: {
            deps: {
              inline: [
                '@tanstack/react-query',
                '@testing-library/react',
                'react-error-boundary',
                'radix-ui',
                /@radix-ui\//,
                // Radix Dialog's scroll lock.
                /react-remove-scroll/,
                'react-style-singleton',
                'use-callback-ref',
                'use-sidecar',
              ],
            },
          },
        },
      },
      {
        ...sourceResolution,
        test: {
          name: 'unit-dom',
          environment: 'happy-dom',
          // As react-18: findBy… and waitFor wait up to 10 s (test/setup/dom.ts), the test itself longer.
          testTimeout: 30_000,
          include: domTests,
          setupFiles: ['test/setup/dom.ts'],
        },
      },
      {
        ...sourceResolution,
        test: {
          name: 'e2e',
          environment: 'node',
          include: e2eTests,
          // Storybook is built and served once for all suites.
          globalSetup: ['test/e2e/storybook/globalSetup.ts'],
          // One suite at a time: each drives its own Chromium, and their countdowns and request timings should not
          // compete for a 2-core machine's CPU with each other.
          fileParallelism: false,
          setupFiles: ['test/setup/console.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Every story is a test: it renders in Chromium, runs its play function, and axe checks it
        // (`a11y.test: 'error'` in .storybook/preview.ts). The stories globs and the Vite config,
        // with the `@recourse/source` condition, come from .storybook/main.ts.
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'stories',
          // A story's waits (up to 10 s each, .storybook/preview.tsx) and countdowns, on a loaded 2-core machine.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
