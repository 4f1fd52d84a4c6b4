import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useRetryCountdown } from './useRetryCountdown.js'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(Date.parse('2026-11-22T10:00:00Z'))
})
afterEach(() => vi.useRealTimers())

let renders = 0
function Countdown({ at }: { at: number | undefined }) {
  renders++
  const seconds = useRetryCountdown(at)
  return <p>{seconds === undefined ? 'no time' : `${seconds} s`}</p>
}

describe('useRetryCountdown', () => {
  it('given a time 3 s ahead, counts 3, 2, 1, 0 once a second, then stops', async () => {
    renders = 0
    render(<Countdown at={Date.now() + 3000} />)
    expect(screen.getByText('3 s')).toBeTruthy()
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(screen.getByText('2 s')).toBeTruthy()
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(screen.getByText('1 s')).toBeTruthy()
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(screen.getByText('0 s')).toBeTruthy()
    const settled = renders
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(renders).toBe(settled)
    expect(settled).toBeLessThanOrEqual(5)
  })

  it('given a time 2.5 s ahead, shows 3 until the half second passes', async () => {
    render(<Countdown at={Date.now() + 2500} />)
    expect(screen.getByText('3 s')).toBeTruthy()
    await act(() => vi.advanceTimersByTimeAsync(499))
    expect(screen.getByText('3 s')).toBeTruthy()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(screen.getByText('2 s')).toBeTruthy()
  })

  it('given a new time, shows it at once', () => {
    const { rerender } = render(<Countdown at={undefined} />)
    expect(screen.getByText('no time')).toBeTruthy()
    vi.setSystemTime(Date.now() + 60_000)
    rerender(<Countdown at={Date.now() + 5000} />)
    expect(screen.getByText('5 s')).toBeTruthy()
  })

  it('given an unmount, leaves no timer behind', () => {
    const { unmount } = render(<Countdown at={Date.now() + 3000} />)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
