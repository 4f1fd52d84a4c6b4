'use client'

import type { RecourseView } from '@recourse/react'
import { AlertDialog } from 'radix-ui'
import { useRef, useState, type ReactNode, type RefObject } from 'react'
import { SupportContactList, SupportReference } from './RecourseNotice.js'

/** Props of `ContactSupportDialog`. */
export interface ContactSupportDialogProps {
  failure: RecourseView | undefined
  /** Controlled open state. Default: open while the failure is an unknown payment outcome. */
  open?: boolean
  onOpenChange?: (open: boolean) => void
  /** The safe next step, e.g. going to the order status page. Its button has focus when the dialog opens. */
  onCheckStatus?: () => void
  /** Where focus goes when the dialog closes. Default: where it was when the dialog opened. */
  finalFocus?: RefObject<HTMLElement | null>
  /** More content under the support details. */
  children?: ReactNode
}

/**
 * An alert dialog for a payment whose outcome is unknown: says not to pay again, gives the reference to quote and
 * how to reach support, and puts focus on the safe action (checking the order status) — never on "pay again".
 *
 * @example
 * ```tsx
 * const failure = useRecourse(payment)
 * <ContactSupportDialog failure={failure} onCheckStatus={() => navigate('/orders')} />
 * ```
 */
export function ContactSupportDialog({
  failure,
  open,
  onOpenChange,
  onCheckStatus,
  finalFocus,
  children,
}: ContactSupportDialogProps) {
  // A payment that may have been taken and must not be retried as it is: `classify` decided it (`processed`).
  const unknownOutcome =
    failure !== undefined &&
    failure.kind === 'contact-support' &&
    failure.recourse.processed !== 'no' &&
    !failure.retry.allowed
  const [dismissedFor, setDismissedFor] = useState<RecourseView | undefined>(undefined)
  const isOpen = open ?? (unknownOutcome && dismissedFor !== failure)
  const safeAction = useRef<HTMLButtonElement>(null)
  // No trigger opens this dialog: remember where focus was, to give it back on close.
  const [returnTo, setReturnTo] = useState<Element | null>(null)
  const change = (next: boolean) => {
    if (!next) setDismissedFor(failure)
    onOpenChange?.(next)
  }
  if (!failure) return null
  return (
    <AlertDialog.Root open={isOpen} onOpenChange={change}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay data-slot="dialog-overlay" />
        <AlertDialog.Content
          data-slot="dialog"
          data-kind={failure.kind}
          data-reason={failure.reason}
          onOpenAutoFocus={(event) => {
            // Radix focuses without scrolling; on a short screen the safe action must be scrolled into view.
            event.preventDefault()
            setReturnTo(document.activeElement)
            safeAction.current?.focus()
          }}
          onCloseAutoFocus={(event) => {
            const target =
              finalFocus?.current ??
              (returnTo instanceof HTMLElement && returnTo.isConnected ? returnTo : null)
            if (!target) return
            event.preventDefault()
            target.focus()
          }}
        >
          <AlertDialog.Title data-slot="dialog-title">{failure.title}</AlertDialog.Title>
          <AlertDialog.Description data-slot="dialog-description">
            {failure.body}
          </AlertDialog.Description>
          <SupportReference failure={failure} />
          <SupportContactList failure={failure} />
          {children}
          <AlertDialog.Cancel
            ref={safeAction}
            data-slot="dialog-safe-action"
            onClick={onCheckStatus}
          >
            {failure.action}
          </AlertDialog.Cancel>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
