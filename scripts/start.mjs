// Placeholder until the UI issue adds the Storybook demo.
console.log(
  [
    'Recourse: there is no demo to start yet.',
    'The Storybook demo (`pnpm start`) arrives with the UI components issue.',
    'Meanwhile: `pnpm test`, `pnpm build`, `pnpm bench`.',
  ].join('\n'),
)
