import type { RecourseView } from '@recourse/react'

/** `template` with `{name}` replaced by `value`. */
export function fill(template: string, name: string, value: string | number): string {
  return template.split(`{${name}}`).join(String(value))
}

/**
 * A payment that may have been taken and must not be retried as it is (`classify` decided it: `processed`): the
 * case `ContactSupportDialog` opens for.
 */
export function isUnknownOutcome(view: RecourseView | undefined): view is RecourseView {
  return (
    view !== undefined &&
    view.kind === 'contact-support' &&
    view.recourse.processed !== 'no' &&
    !view.retry.allowed
  )
}

/** The `data-theme` and `dir` attributes in force at an element. */
export interface Theme {
  'data-theme'?: string | undefined
  dir?: string | undefined
}

/** The `data-theme` and `dir` in force at `element`, as attributes for parts portalled out of the app's tree. */
export function themeAt(element: Element | null): Theme {
  const at = (name: keyof Theme) => element?.closest(`[${name}]`)?.getAttribute(name) || undefined
  return { 'data-theme': at('data-theme'), dir: at('dir') }
}

/**
 * A link's click handler that moves focus to the control with id `target` and shows its label too (the hash jump
 * alone would hide the label above the fold). Without such a control, the link's own jump happens.
 */
export function moveToControl(target: string): (event: { preventDefault(): void }) => void {
  return (event) => {
    const control = document.getElementById(target)
    if (!control) return
    event.preventDefault()
    const label = document.querySelector(`label[for="${CSS.escape(control.id)}"]`)
    ;(label ?? control).scrollIntoView({ block: 'start' })
    control.focus({ preventScroll: true })
  }
}
