// The stale-data note under a list whose refresh failed: what it says while the client still retries on its own,
// and once it has given up.
import { render, screen } from '@testing-library/react'
import type { RecourseView } from '@recourse/react'
import { describe, expect, it } from 'vitest'
import { StaleNote } from './Widget.tsx'

const busy = {
  kind: 'retry-later',
  reason: 'rate-limited',
  title: 'The system is busy',
  retry: { allowed: true, at: Date.now() + 3000 },
} as RecourseView

describe('StaleNote', () => {
  it('while the client retries on its own, says so, not that the refresh failed, and offers no refresh yet', () => {
    render(
      <StaleNote
        failure={{ ...busy, retrying: true, attempt: { number: 2, max: 3 } }}
        updatedAt={Date.UTC(2026, 0, 1, 9, 30)}
      />,
    )
    const note = screen.getByText(/Showing what was loaded at/)
    expect(note.textContent).toMatch(/^A refresh is being tried again \(attempt 2 of 3\)\./)
    expect(note.textContent).not.toMatch(/failed|refresh again in/)
  })

  it('once the retries are over, says the last refresh failed and when it can be refreshed', () => {
    render(
      <StaleNote failure={{ ...busy, retrying: false }} updatedAt={Date.UTC(2026, 0, 1, 9, 30)} />,
    )
    const note = screen.getByText(/Showing what was loaded at/)
    expect(note.textContent).toMatch(/^The last refresh failed \(The system is busy\)\./)
    expect(note.textContent).toMatch(/You can refresh again in 3 s\.$/)
  })
})
