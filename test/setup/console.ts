// Fails any test that writes to console.error or console.warn: React reports act() mistakes, key
// warnings and failed prop types there, and they must not pass silently.
// A test that expects such output says so by spying, which replaces the guard for that test:
//   const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
import { format } from 'node:util'
import { afterEach, beforeEach } from 'vitest'

const guardedLevels = ['error', 'warn'] as const
const originals = { error: console.error, warn: console.warn }
let unexpectedOutput: string[] = []

beforeEach(() => {
  unexpectedOutput = []
  for (const level of guardedLevels) {
    console[level] = (...args: unknown[]) => {
      unexpectedOutput.push(`console.${level}: ${format(...args)}`)
      originals[level](...args)
    }
  }
})

afterEach(() => {
  for (const level of guardedLevels) console[level] = originals[level]
  if (unexpectedOutput.length > 0) {
    const output = unexpectedOutput.join('\n')
    unexpectedOutput = []
    throw new Error(`Unexpected console output during the test:\n${output}`)
  }
})
