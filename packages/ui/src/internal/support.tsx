'use client'

import { useRecourseConfig, type RecourseView } from '@recourse/react'
import { composeEventHandlers } from 'radix-ui/internal'
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import { announce } from './announce.js'

/** Props of the reference line: a paragraph's, plus the view whose reference it shows. */
export interface ReferenceLineProps extends ComponentPropsWithoutRef<'p'> {
  view: RecourseView
  /** The copy button's label. Default: the catalog's "Copy reference". */
  copyLabel?: ReactNode
  /** Called when the customer presses the copy button, before it copies; `preventDefault()` stops the copy. */
  onCopyClick?: ComponentPropsWithoutRef<'button'>['onClick']
}

/** The reference to quote, with a button that copies it and says so (once, through the shared announcer). */
export const ReferenceLine = forwardRef<HTMLParagraphElement, ReferenceLineProps>(
  function ReferenceLine({ view, copyLabel, onCopyClick, ...props }, forwardedRef) {
    const { catalog } = useRecourseConfig()
    const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
    const referenceElement = useRef<HTMLSpanElement>(null)
    const said =
      copy === 'copied'
        ? catalog.ui.referenceCopied
        : copy === 'failed'
          ? catalog.ui.referenceCopyFailed
          : ''
    // The confirmation goes away after a while, so copying again is confirmed again.
    useEffect(() => {
      if (copy === 'idle') return
      const cancel = announce(() => said, 'polite')
      const timer = setTimeout(() => setCopy('idle'), 5000)
      return () => {
        cancel()
        clearTimeout(timer)
      }
    }, [copy, catalog, said])
    if (!view.reference || !view.referenceText) return null
    const reference = view.reference
    const copyReference = () => {
      // Not copied: the reference is selected instead, for the customer to copy.
      const failed = () => {
        const element = referenceElement.current
        if (element) window.getSelection()?.selectAllChildren(element)
        setCopy('failed')
      }
      if (!navigator.clipboard) return failed()
      navigator.clipboard.writeText(reference).then(() => setCopy('copied'), failed)
    }
    return (
      <p data-slot="notice-reference" {...props} ref={forwardedRef}>
        <span ref={referenceElement}>{view.referenceText}</span>
        <button
          type="button"
          data-slot="notice-copy"
          onClick={composeEventHandlers(onCopyClick, copyReference)}
        >
          {copyLabel ?? catalog.ui.copyReference}
        </button>
        {/* Shown, not live: the announcer says it. */}
        <span data-slot="notice-copied">{said}</span>
      </p>
    )
  },
)

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

/** Props of the support contacts: a div's, plus the view whose contacts it lists. */
export interface SupportListProps extends ComponentPropsWithoutRef<'div'> {
  view: RecourseView
}

/** How to reach support, from `RecourseProvider support`. */
export const SupportList = forwardRef<HTMLDivElement, SupportListProps>(function SupportList(
  { view, ...props },
  forwardedRef,
) {
  const { catalog } = useRecourseConfig()
  const support = view.support
  const url = safeHref(support?.url)
  if (!support || (!support.email && !support.phone && !url)) return null
  return (
    <div data-slot="notice-support" {...props} ref={forwardedRef}>
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
})
