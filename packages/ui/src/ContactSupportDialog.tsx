'use client'

import type { RecourseView } from '@recourse/react'
import { AlertDialog } from 'radix-ui'
import { composeEventHandlers, useComposedRefs } from 'radix-ui/internal'
import {
  forwardRef,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
  type RefObject,
} from 'react'
import { spokenByDialog } from './internal/announce.js'
import { ReferenceLine, SupportList } from './internal/support.js'
import { isUnknownOutcome, themeAt, type Theme } from './internal/view.js'

const NAME = 'ContactSupportDialog'

/** Props of `ContactSupportDialog`: its content's, plus these. */
export interface ContactSupportDialogProps extends Omit<
  ComponentPropsWithoutRef<typeof AlertDialog.Content>,
  'children'
> {
  /** What `useRecourse` returned. */
  view: RecourseView | undefined
  /** Controlled open state. Default: open while the view is an unknown payment outcome, until closed. */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /** The safe next step, e.g. going to the order status page. Its button has focus when the dialog opens. */
  onCheckStatus?: () => void
  /** Where focus goes when the dialog closes. Default: where it was when the dialog opened. */
  finalFocus?: RefObject<HTMLElement | null>
  /**
   * Where the dialog is portalled. Default `document.body`. Either way the dialog follows the `data-theme` and `dir`
   * in force where you render it, so `@recourse/ui/styles.css`'s dark theme reaches it.
   */
  container?: HTMLElement | null
  /** More content under the support details. */
  children?: ReactNode
}

/**
 * An alert dialog for a payment whose outcome is unknown: says not to pay again, gives the reference to quote and
 * how to reach support, and puts focus on the safe action (checking the order status) — never on "pay again". While
 * it shows a failure, a `RecourseNotice.Root` of the same failure stays silent: the dialog says it.
 *
 * @example
 * ```tsx
 * const view = useRecourse(payment)
 * <ContactSupportDialog view={view} onCheckStatus={() => navigate('/orders')} />
 *
 * // Portalled into your own element (it follows data-theme="dark" and dir="rtl" either way):
 * <ContactSupportDialog view={view} container={document.getElementById('dialogs')} />
 * ```
 */
export const ContactSupportDialog = forwardRef<HTMLDivElement, ContactSupportDialogProps>(
  function ContactSupportDialog(
    {
      view,
      open,
      onOpenChange,
      onCheckStatus,
      finalFocus,
      container,
      children,
      onOpenAutoFocus,
      onCloseAutoFocus,
      ...props
    },
    forwardedRef,
  ) {
    const unknownOutcome = isUnknownOutcome(view)
    const [dismissedFor, setDismissedFor] = useState<object | undefined>(undefined)
    const isOpen =
      view !== undefined && (open ?? (unknownOutcome && dismissedFor !== view.recourse))
    const safeAction = useRef<HTMLButtonElement>(null)
    const anchor = useRef<HTMLSpanElement>(null)
    const content = useRef<HTMLDivElement>(null)
    const ref = useComposedRefs(forwardedRef, content)
    // No trigger opens this dialog: remember where focus was, to give it back on close.
    const returnTo = useRef<Element | null>(null)
    const [theme, setTheme] = useState<Theme>({})
    const failure = view?.recourse
    // The dialog says this failure: a notice of it stays silent. Before paint, so before any notice speaks.
    useLayoutEffect(() => {
      if (isOpen && failure) spokenByDialog.add(failure)
      if (isOpen) {
        const next = themeAt(anchor.current)
        setTheme((current) =>
          current['data-theme'] === next['data-theme'] && current.dir === next.dir ? current : next,
        )
      }
    }, [isOpen, failure])
    const change = (next: boolean) => {
      if (!next) setDismissedFor(failure)
      onOpenChange?.(next)
    }
    return (
      <>
        {/* Where the dialog is rendered in the app's tree: its theme and direction are read here. */}
        <span ref={anchor} hidden data-slot="dialog-anchor" />
        {view ? (
          <AlertDialog.Root open={isOpen} onOpenChange={change}>
            <AlertDialog.Portal container={container}>
              <AlertDialog.Overlay data-slot="dialog-overlay" {...theme} />
              <AlertDialog.Content
                data-slot="dialog"
                data-kind={view.kind}
                data-reason={view.reason}
                {...theme}
                {...props}
                ref={ref}
                onOpenAutoFocus={composeEventHandlers(onOpenAutoFocus, (event) => {
                  // Radix focuses without scrolling; on a short screen the safe action must be scrolled into view.
                  event.preventDefault()
                  returnTo.current = document.activeElement
                  safeAction.current?.focus()
                })}
                onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
                  const previous = returnTo.current
                  const target =
                    finalFocus?.current ??
                    (previous instanceof HTMLElement &&
                    previous.isConnected &&
                    previous !== document.body
                      ? previous
                      : null)
                  if (!target) return
                  event.preventDefault()
                  target.focus()
                })}
              >
                <AlertDialog.Title data-slot="dialog-title">{view.title}</AlertDialog.Title>
                <AlertDialog.Description data-slot="dialog-description">
                  {view.body}
                </AlertDialog.Description>
                <ReferenceLine view={view} />
                <SupportList view={view} />
                {children}
                <AlertDialog.Cancel
                  ref={safeAction}
                  data-slot="dialog-safe-action"
                  onClick={onCheckStatus}
                >
                  {view.action}
                </AlertDialog.Cancel>
              </AlertDialog.Content>
            </AlertDialog.Portal>
          </AlertDialog.Root>
        ) : null}
      </>
    )
  },
)
ContactSupportDialog.displayName = NAME
