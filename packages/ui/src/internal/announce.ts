/**
 * One voice for the whole kit. Every failure is spoken once, by one of: focus moving to it (a summary, a focused
 * notice, the unknown-outcome dialog), or this announcer. The announcer is a pair of live regions that exist before
 * anything is said in them (a region inserted with its text is not read reliably), shared by every component, so
 * two parts never speak in two regions in the same moment.
 */

type Politeness = 'polite' | 'assertive'

interface Pending {
  message: () => string | undefined
  politeness: Politeness
}

/** How long a message waits: the region exists by then, and a dialog or a focus move of the same commit has run. */
export const ANNOUNCE_DELAY_MS = 100
/** A message is removed after this, so it is not found again when the customer reads the page. */
const CLEAR_AFTER_MS = 7000

/**
 * A message said again within this time, with no key press or click of the customer's in between, is the same news
 * (an automatic retry failing alike, a notice remounted): it is not said again. After the customer acts, it is.
 */
const REPEAT_AFTER_MS = 30_000

let regions: Record<Politeness, HTMLElement> | undefined
// When each message was last said, and when the customer last pressed a key or clicked.
let saidAt = new Map<string, number>()
let acted = 0
const onAction = (): void => {
  acted = Date.now()
}
let queue: Pending[] = []
let timer: ReturnType<typeof setTimeout> | undefined
let clearTimer: ReturnType<typeof setTimeout> | undefined

function region(politeness: Politeness, parent: HTMLElement): HTMLElement {
  const element = document.createElement('div')
  element.setAttribute('aria-live', politeness)
  element.setAttribute('aria-relevant', 'additions')
  element.dataset['slot'] = `announcer-${politeness}`
  parent.appendChild(element)
  return element
}

function ensureRegions(): Record<Politeness, HTMLElement> {
  if (regions?.polite.isConnected) return regions
  const host = document.createElement('div')
  host.dataset['slot'] = 'announcer'
  // Visually hidden, still read (the same rules as Radix VisuallyHidden).
  host.style.cssText =
    'position:absolute;border:0;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;word-wrap:normal'
  document.body.appendChild(host)
  document.addEventListener('keydown', onAction, true)
  document.addEventListener('click', onAction, true)
  regions = { polite: region('polite', host), assertive: region('assertive', host) }
  return regions
}

function flush(): void {
  timer = undefined
  const live = ensureRegions()
  const said = queue
  queue = []
  const now = Date.now()
  // Only the last REPEAT_AFTER_MS matter: a long-lived dashboard does not keep every sentence it ever said.
  for (const [text, at] of saidAt) if (now - at >= REPEAT_AFTER_MS) saidAt.delete(text)
  for (const politeness of ['assertive', 'polite'] as const) {
    const messages = said
      .filter((item) => item.politeness === politeness)
      .map((item) => item.message())
      .filter((text): text is string => {
        if (!text) return false
        const last = saidAt.get(text)
        if (last !== undefined && last >= acted) return false
        saidAt.set(text, now)
        return true
      })
    if (messages.length === 0) continue
    live[politeness].replaceChildren(
      ...messages.map((text) => {
        const line = document.createElement('p')
        line.textContent = text
        return line
      }),
    )
  }
  clearTimeout(clearTimer)
  clearTimer = setTimeout(() => {
    live.polite.replaceChildren()
    live.assertive.replaceChildren()
  }, CLEAR_AFTER_MS)
}

/**
 * Says `message` once, after ANNOUNCE_DELAY_MS: read then, so a message that should no longer be said (its notice
 * went, focus moved into it, a dialog speaks for it) returns undefined. Returns a cancel for effects' cleanups.
 */
export function announce(message: () => string | undefined, politeness: Politeness): () => void {
  if (typeof document === 'undefined') return () => {}
  ensureRegions()
  const item: Pending = { message, politeness }
  queue.push(item)
  timer ??= setTimeout(flush, ANNOUNCE_DELAY_MS)
  return () => {
    queue = queue.filter((pending) => pending !== item)
  }
}

/** Failures (by their classification) that a dialog has shown: the dialog spoke for them, nothing else does. */
export const spokenByDialog = new WeakSet<object>()

/** Forgets everything said and pending, and removes the regions (tests start each case from a quiet page). */
export function resetAnnouncer(): void {
  clearTimeout(timer)
  clearTimeout(clearTimer)
  timer = undefined
  queue = []
  saidAt = new Map()
  acted = 0
  regions?.polite.parentElement?.remove()
  regions = undefined
}
