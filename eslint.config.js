// @ts-check
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Relative import without a file extension, e.g. './classify' (esquery regex: no literal `/` inside).
const EXTENSIONLESS_RELATIVE = String.raw`/^\.{1,2}\x2F(?:[\w@-]+\x2F|\.\.\x2F)*[\w@-]+$/`
const extensionMessage =
  "Write the file extension ('./classify.ts'): published .d.ts files keep the specifier, and Node16 resolution needs it."

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/coverage/',
    '**/storybook-static/',
    '.bench-out/',
    'test/e2e/screenshots/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportDeclaration[source.value=${EXTENSIONLESS_RELATIVE}]`,
          message: extensionMessage,
        },
        {
          selector: `ExportNamedDeclaration[source.value=${EXTENSIONLESS_RELATIVE}]`,
          message: extensionMessage,
        },
        {
          selector: `ExportAllDeclaration[source.value=${EXTENSIONLESS_RELATIVE}]`,
          message: extensionMessage,
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Error messages come from servers: render them as text, never as HTML.',
        },
      ],
    },
  },

  // Plain JS (configs, scripts) is typechecked by tsc (checkJs); JSDoc casts don't satisfy the
  // no-unsafe-* rules, so type-aware rules cover TypeScript files only.
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Library code runs in browsers; scripts, configs and tests run in Node.
  {
    files: ['packages/*/src/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      '*.{js,mjs,ts}',
      'scripts/**',
      'config/**',
      '.storybook/main.ts',
      'test/**',
      'packages/*/*.ts',
      'apps/*/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },

  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.tsx'],
    extends: [
      /** @type {import('eslint').Linter.Config} */ (react.configs.flat.recommended),
      /** @type {import('eslint').Linter.Config} */ (react.configs.flat['jsx-runtime']),
      jsxA11y.flatConfigs.strict,
    ],
    settings: { react: { version: 'detect' } },
    rules: {
      'react/prop-types': 'off', // TypeScript checks props
      'react/no-danger': 'error', // error messages come from servers: text, never HTML
    },
  },
)
