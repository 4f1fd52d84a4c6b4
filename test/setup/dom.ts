import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
// Registered before the cleanup below, so it runs after it (hooks run in reverse) and also
// catches warnings React prints while unmounting.
import './console.ts'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})

// findBy… and waitFor wait for what stays on screen: give them the time a loaded 2-core CI machine needs, not
// Testing Library's 1 s (a test fails when the thing never comes, not when the machine is slow).
configure({ asyncUtilTimeout: 10_000 })
