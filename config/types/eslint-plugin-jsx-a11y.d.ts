// eslint-plugin-jsx-a11y ships no types; this is the part eslint.config.js uses.
declare module 'eslint-plugin-jsx-a11y' {
  import type { Linter } from 'eslint'

  const jsxA11y: {
    flatConfigs: Record<'recommended' | 'strict', Linter.Config>
  }
  export default jsxA11y
}
