import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

// Workspace packages resolve each other's TypeScript source through the `@recourse/source` export
// condition, so tests never need a build first. Node-environment tests resolve through `ssr`.
const sourceResolution = {
  resolve: { conditions: ['@recourse/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@recourse/source', ...defaultServerConditions] } },
}

// React needs a DOM: everything under packages/react and packages/ui, and .tsx suites in test/.
const domTests = ['packages/{react,ui}/src/**/*.test.{ts,tsx}', 'test/**/*.test.tsx']

export default defineConfig({
  test: {
    projects: [
      {
        ...sourceResolution,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...domTests],
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
        ...sourceResolution,
        test: {
          name: 'unit-dom',
          environment: 'happy-dom',
          include: domTests,
          setupFiles: ['test/setup/dom.ts'],
        },
      },
    ],
  },
})
