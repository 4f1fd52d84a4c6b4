import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
// Registered before the cleanup below, so it runs after it (hooks run in reverse) and also
// catches warnings React prints while unmounting.
import './console.ts'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})
