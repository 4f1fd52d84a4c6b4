import { version } from 'react'
import { beforeAll, expect } from 'vitest'

// Guards the alias: if it stopped applying, the React 18 project would silently test React 19 again.
beforeAll(() => {
  expect(version).toMatch(/^18\./)
})
