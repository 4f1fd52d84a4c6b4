'use client'

import { useRecourseConfig, useRetry, type RecourseView } from '@recourse/react'
import { useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from 'react'
import { ErrorSummary } from './ErrorSummary.js'
import { useRecourseForm } from './RecourseForm.js'

type HeadingLevel = 2 | 3 | 4

/** Props every notice takes. */
export interface NoticeProps extends Omit<ComponentProps<'section'>, 'children' | 'role'> {
  /** What `useRecourse` returned. */
  failure: RecourseView
  /** Level of the notice's heading. Default 2. */
  headingLevel?: HeadingLevel
  /** More content at the end: a link to the order status, another payment method... */
  children?: ReactNode
}

function fill(template: string, name: string, value: string | number): string {
  return template.split(`{${name}}`).join(String(value))
}

/**
 * The frame of every notice: a labelled region with the failure's title and message. Announced as it appears:
 * `alert` for what the customer must act on, `status` for a temporary problem (WCAG 4.1.3), focus left alone.
 */
function Frame({
  failure,
  headingLevel = 2,
  role,
  children,
  ...props
}: NoticeProps & { role: 'alert' | 'status' }) {
  const titleId = useId()
  const Heading = `h${headingLevel}` as const
  return (
    <section
      data-slot="notice"
      data-kind={failure.kind}
      data-reason={failure.reason}
      aria-labelledby={titleId}
      {...props}
    >
      <div role={role}>
        <Heading id={titleId} data-slot="notice-title">
          {failure.title}
        </Heading>
        <p data-slot="notice-message">{failure.body}</p>
      </div>
      {children}
    </section>
  )
}

/** Props of `DeclinedNotice`. */
export interface DeclinedNoticeProps extends NoticeProps {
  /** Where the customer chooses another card or payment method. */
  alternative?: ReactNode
}

/** The payment was refused: why, in safe words (fraud and lost-card declines read as a plain decline), and what else to try. */
export function DeclinedNotice({ alternative, children, ...props }: DeclinedNoticeProps) {
  return (
    <Frame role="alert" {...props}>
      {alternative ? <div data-slot="notice-alternative">{alternative}</div> : null}
      {children}
    </Frame>
  )
}

/** Props of `RetryLaterNotice`. */
export interface RetryLaterNoticeProps extends NoticeProps {
  /** True while a new attempt is under way: says so, and the button waits. Default: `failure.retrying`. */
  retrying?: boolean
}

/**
 * A temporary problem: a retry button that waits out the server's `Retry-After` (the countdown shown beside it) and
 * works once the retry is allowed — it stays focusable while waiting — and a line while a new attempt runs. The
 * countdown shows whenever `failure.retry.at` is still ahead, also without a button (an automatic retry waiting).
 * It is not read out every second: one polite announcement says when the customer can try again.
 */
export function RetryLaterNotice({ failure, retrying, children, ...props }: RetryLaterNoticeProps) {
  const { catalog } = useRecourseConfig()
  const countdownId = useId()
  const { seconds, waiting, busy: retryingNow, offered } = useRetry(failure)
  const retryNow = failure.retry.retryNow
  const busy = retrying ?? retryingNow
  const ready = offered && !waiting && !busy
  return (
    <Frame role="status" failure={failure} {...props}>
      {retryNow ? (
        // The button's name never changes (a focused control renamed every second is re-read every second).
        <button
          type="button"
          data-slot="notice-retry"
          aria-disabled={!ready}
          {...(waiting ? { 'aria-describedby': countdownId } : {})}
          onClick={() => (ready ? retryNow() : undefined)}
        >
          {failure.action}
        </button>
      ) : null}
      {waiting ? (
        <span data-slot="notice-countdown" id={countdownId}>
          {/* Without a button, "Try again in 3 s" would read as the customer's job: say when the app tries. */}
          {fill(retryNow ? catalog.ui.retryIn : catalog.ui.nextAttemptIn, 'seconds', seconds ?? 0)}
        </span>
      ) : null}
      <p data-slot="notice-retry-status" aria-live="polite">
        {busy
          ? catalog.ui.retryingAutomatically
          : failure.retry.at !== undefined && ready
            ? catalog.ui.retryReady
            : ''}
      </p>
      {children}
    </Frame>
  )
}

/** The reference to quote, with a button that copies it and says so. */
export function SupportReference({ failure }: { failure: RecourseView }) {
  const { catalog } = useRecourseConfig()
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const referenceElement = useRef<HTMLSpanElement>(null)
  // The confirmation goes away after a while, so copying again is announced again.
  useEffect(() => {
    if (copy === 'idle') return
    const timer = setTimeout(() => setCopy('idle'), 5000)
    return () => clearTimeout(timer)
  }, [copy])
  if (!failure.reference || !failure.referenceText) return null
  const reference = failure.reference
  const selectReference = () => {
    const element = referenceElement.current
    const selection = window.getSelection()
    if (!element || !selection) return
    const range = document.createRange()
    range.selectNodeContents(element)
    selection.removeAllRanges()
    selection.addRange(range)
  }
  const onCopy = () => {
    const failed = () => {
      selectReference()
      setCopy('failed')
    }
    if (!navigator.clipboard) return failed()
    navigator.clipboard.writeText(reference).then(() => setCopy('copied'), failed)
  }
  return (
    <p data-slot="notice-reference">
      <span ref={referenceElement}>{failure.referenceText}</span>
      <button type="button" data-slot="notice-copy" onClick={onCopy}>
        {catalog.ui.copyReference}
      </button>
      <span aria-live="polite" data-slot="notice-copied">
        {copy === 'copied'
          ? catalog.ui.referenceCopied
          : copy === 'failed'
            ? catalog.ui.referenceCopyFailed
            : ''}
      </span>
    </p>
  )
}

/** Schemes a support link may have: a `javascript:` URL would run script on click (React 18 renders it). */
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:'])

/** The URL when its scheme is allowed (a relative URL is the page's own https: or http:), else undefined. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return LINK_SCHEMES.has(new URL(url, 'https://relative.invalid/').protocol) ? url : undefined
  } catch {
    return undefined
  }
}

/** How to reach support, from `RecourseProvider support`. */
export function SupportContactList({ failure }: { failure: RecourseView }) {
  const { catalog } = useRecourseConfig()
  const support = failure.support
  const url = safeHref(support?.url)
  if (!support || (!support.email && !support.phone && !url)) return null
  return (
    <div data-slot="notice-support">
      <p>{catalog.ui.supportTitle}</p>
      <ul>
        {support.email ? (
          <li>
            {catalog.ui.supportEmail}: <a href={`mailto:${support.email}`}>{support.email}</a>
          </li>
        ) : null}
        {support.phone ? (
          <li>
            {catalog.ui.supportPhone}:{' '}
            <a href={`tel:${support.phone.replace(/[^\d+]/g, '')}`}>{support.phone}</a>
          </li>
        ) : null}
        {url ? (
          <li>
            <a href={url}>{catalog.ui.supportWebsite}</a>
          </li>
        ) : null}
      </ul>
      {support.hours ? <p>{support.hours}</p> : null}
    </div>
  )
}

/**
 * Something only support can fix: the reference to quote (with a copy button) and how to reach support. For an
 * unknown payment outcome the message tells the customer not to pay again until the order status is checked;
 * put the link to that status in `children`.
 */
export function ContactSupportNotice({ failure, children, ...props }: NoticeProps) {
  return (
    <Frame role="alert" failure={failure} {...props}>
      <SupportReference failure={failure} />
      <SupportContactList failure={failure} />
      {children}
    </Frame>
  )
}

/** Details to correct: the fields, linked to them inside a `RecourseForm`. */
export function FixInputNotice({ failure, children, ...props }: NoticeProps) {
  const form = useRecourseForm()
  return (
    <Frame role="alert" failure={failure} {...props}>
      <ErrorSummary.List>
        {failure.fields.map((field) => (
          <ErrorSummary.Item
            key={field.name}
            {...(form ? { target: form.controlId(field.name) } : {})}
          >
            {field.message}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
      {children}
    </Frame>
  )
}

/** Props of `RecourseNotice`. */
export interface RecourseNoticeProps extends NoticeProps {
  /** For `declined`: where to choose another card or payment method. */
  alternative?: ReactNode
  /** For `retry-later`: the app is retrying on its own. */
  retrying?: boolean
}

/**
 * The notice for a failure's kind: `DeclinedNotice`, `RetryLaterNotice`, `ContactSupportNotice` or
 * `FixInputNotice`. Use those directly to compose your own.
 *
 * @example
 * ```tsx
 * const failure = useRecourse(payment)
 * {failure && <RecourseNotice failure={failure} alternative={<a href="/pay/other">Pay another way</a>} />}
 * ```
 */
export function RecourseNotice({ alternative, retrying, ...props }: RecourseNoticeProps) {
  switch (props.failure.kind) {
    case 'declined':
      return <DeclinedNotice alternative={alternative} {...props} />
    case 'retry-later':
      return <RetryLaterNotice {...(retrying === undefined ? {} : { retrying })} {...props} />
    case 'contact-support':
      return <ContactSupportNotice {...props} />
    case 'fix-input':
      return <FixInputNotice {...props} />
  }
}
