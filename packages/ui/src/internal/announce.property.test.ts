// The announcer's "said once" rule, attacked with random interleavings: announcements of a few sentences, the
// customer's key presses and clicks, and time passing (past the repeat window too). A model says what must be heard
// at each flush; the live regions must say exactly that.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ANNOUNCE_DELAY_MS, announce, resetAnnouncer } from './announce.js'

const REPEAT_AFTER_MS = 30_000
const SENTENCES = ['There is a temporary problem.', 'Trying again…', 'We could not complete this.']

type Step =
  | { type: 'announce'; text: string; assertive: boolean }
  | { type: 'act'; how: 'keydown' | 'click' }
  | { type: 'wait'; ms: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant('announce' as const),
    text: fc.constantFrom(...SENTENCES),
    assertive: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('act' as const),
    how: fc.constantFrom('keydown' as const, 'click' as const),
  }),
  fc.record({
    type: fc.constant('wait' as const),
    // Mostly just past a flush, so announcements, actions and flushes interleave closely; sometimes past the window.
    ms: fc.oneof(
      fc.integer({ min: 1, max: 150 }),
      fc.constant(ANNOUNCE_DELAY_MS + 1),
      fc.constant(REPEAT_AFTER_MS),
    ),
  }),
)

afterEach(() => {
  resetAnnouncer()
  vi.useRealTimers()
})

describe('the announcer, given random announcements, customer actions and waits', () => {
  it('says a sentence again only after the customer acted or the repeat window passed, and never drops a new one', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        resetAnnouncer()
        vi.useFakeTimers({ now: 1_000_000 })
        // The model: what is queued, when each sentence was last said, when the customer last acted.
        let queued: string[] = []
        const lastSaid = new Map<string, number>()
        let acted = 0
        const heard: string[][] = []
        const expected: string[][] = []
        let seen: Element[] = []
        let flushAt = 0
        const listen = () => {
          const lines = [...document.querySelectorAll('[data-slot^="announcer-"] p')]
          const fresh = lines.filter((line) => !seen.includes(line))
          seen = lines
          if (fresh.length > 0) heard.push(fresh.map((line) => line.textContent ?? '').sort())
        }
        for (const current of steps) {
          if (current.type === 'announce') {
            // The first announcement since the last flush sets when the next one happens.
            if (queued.length === 0) flushAt = Date.now() + ANNOUNCE_DELAY_MS
            announce(() => current.text, current.assertive ? 'assertive' : 'polite')
            queued.push(`${current.assertive ? 'a' : 'p'}:${current.text}`)
          } else if (current.type === 'act') {
            document.body.dispatchEvent(new Event(current.how, { bubbles: true }))
            acted = Date.now()
          } else {
            const start = Date.now()
            const due = queued.length > 0 && start + current.ms >= flushAt
            // Heard at the flush: the regions are cleared 7 s later, so a long wait is read in two parts.
            vi.advanceTimersByTime(due ? flushAt - Date.now() : current.ms)
            listen()
            if (due) {
              // Assertive first, then polite (compared as sets: the regions' order is not the point); a sentence
              // said in the window with no action since is not said again (nor twice in one flush).
              const now = flushAt
              const said: string[] = []
              for (const politeness of ['a', 'p']) {
                for (const item of queued.filter((entry) => entry.startsWith(`${politeness}:`))) {
                  const text = item.slice(2)
                  const last = lastSaid.get(text)
                  if (last !== undefined && last >= acted && now - last < REPEAT_AFTER_MS) continue
                  lastSaid.set(text, now)
                  said.push(text)
                }
              }
              queued = []
              if (said.length > 0) expected.push(said.sort())
              vi.advanceTimersByTime(start + current.ms - flushAt)
              listen()
            }
          }
        }
        expect(heard).toEqual(expected)
        vi.useRealTimers()
      }),
      { numRuns: 2000 },
    )
  })
})
