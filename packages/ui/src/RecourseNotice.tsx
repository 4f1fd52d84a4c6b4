'use client'

import { useRecourseConfig, useRetry, type RecourseView } from '@recourse/react'
import { Slot } from 'radix-ui'
import { composeEventHandlers, Context, useComposedRefs } from 'radix-ui/internal'
import {
  cloneElement,
  forwardRef,
  isValidElement,
  useEffect,
  useId,
  useRef,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from 'react'
import { announce, spokenByDialog } from './internal/announce.js'
import { useFormContext } from './internal/form.js'
import { ReferenceLine, SupportList, type ReferenceLineProps } from './internal/support.js'
import { fill, moveToControl } from './internal/view.js'

const ROOT_NAME = 'RecourseNotice.Root'
const TITLE_NAME = 'RecourseNotice.Title'
const BODY_NAME = 'RecourseNotice.Body'
const RETRY_NAME = 'RecourseNotice.Retry'
const COUNTDOWN_NAME = 'RecourseNotice.Countdown'
const REFERENCE_NAME = 'RecourseNotice.Reference'
const SUPPORT_NAME = 'RecourseNotice.Support'
const FIELDS_NAME = 'RecourseNotice.Fields'
const PROGRESS_NAME = 'RecourseNotice.Progress'

type HeadingLevel = 2 | 3 | 4 | 5 | 6

interface NoticeContextValue {
  view: RecourseView
  headingLevel: HeadingLevel
  titleId: string
  bodyId: string
  countdownId: string
  retry: ReturnType<typeof useRetry>
}

const [NoticeProvider, useNoticeContext] = Context.createContext<NoticeContextValue>(ROOT_NAME)

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Root`. */
export interface RootProps extends ComponentPropsWithoutRef<'section'> {
  /** What `useRecourse` returned. */
  view: RecourseView
  /** Level of the title's heading. Default 2. */
  headingLevel?: HeadingLevel
  /** Render your own element (one child) instead of a `<section>`, with the notice's props and ref merged in. */
  asChild?: boolean
  /**
   * Move focus to the notice when a new failure appears (unless focus is already in it, or a dialog speaks for it),
   * instead of announcing it through a live region. One or the other, never both: either would say it once.
   * Default false.
   */
  takeFocus?: boolean
}

/** The standard parts for the view's kind. */
function StandardParts({ kind }: { kind: RecourseView['kind'] }) {
  return (
    <>
      <Title />
      <Body />
      <Progress />
      {kind === 'retry-later' ? (
        <>
          <Retry />
          <Countdown />
        </>
      ) : null}
      {kind === 'contact-support' ? (
        <>
          <Reference />
          <Support />
        </>
      ) : null}
      {kind === 'fix-input' ? <Fields /> : null}
    </>
  )
}

/**
 * A failure's notice: a region named by its title, with the sentence that says what happened and the parts for what
 * to do next. Without children it renders the standard parts for the kind — `declined`: title and body;
 * `retry-later`: plus the retry button and its countdown; `contact-support`: plus the reference and the contacts;
 * `fix-input`: plus the fields to correct. With children, you compose the parts yourself.
 *
 * Said once per failure: through the kit's live region (assertive, polite for `retry-later`), or by moving focus
 * to it with `takeFocus` — never both — and not at all while `ContactSupportDialog` shows the same failure. A
 * `fix-input` notice inside a `RecourseForm.Root` showing the same failure renders nothing: the fields and the
 * `ErrorSummary` show it.
 *
 * @example
 * ```tsx
 * const view = useRecourse(payment)
 * {view && <RecourseNotice.Root view={view} />}
 *
 * // Your own layout:
 * <RecourseNotice.Root view={view} headingLevel={3}>
 *   <RecourseNotice.Title />
 *   <RecourseNotice.Body />
 *   <RecourseNotice.Retry asChild><MyButton /></RecourseNotice.Retry>
 *   <RecourseNotice.Countdown />
 *   <a href="/pay/other">Pay another way</a>
 * </RecourseNotice.Root>
 * ```
 */
export const Root = forwardRef<HTMLElement, RootProps>(function Root(
  { view, headingLevel = 2, asChild = false, takeFocus = false, children, ...props },
  forwardedRef,
) {
  const form = useFormContext()
  const element = useRef<HTMLElement>(null)
  const ref = useComposedRefs(forwardedRef, element)
  const titleId = useId()
  const bodyId = useId()
  const countdownId = useId()
  const retry = useRetry(view)
  const failure = view.recourse
  // Inside a form that shows this failure on its fields, the form and its summary say it.
  const shownByForm =
    view.kind === 'fix-input' && children === undefined && form?.view?.recourse === failure
  const kind = view.kind

  useEffect(() => {
    if (shownByForm) return
    // Read when it is said: a dialog, or focus already in the notice, speaks for it instead.
    const silenced = (node: HTMLElement | null): node is null =>
      !node?.isConnected || spokenByDialog.has(failure) || node.contains(document.activeElement)
    if (takeFocus) {
      const frame = requestAnimationFrame(() => {
        const node = element.current
        if (!silenced(node)) node.focus()
      })
      return () => cancelAnimationFrame(frame)
    }
    return announce(
      () => {
        const node = element.current
        if (silenced(node)) return undefined
        const title = node.querySelector(`[id="${titleId}"]`)?.textContent ?? ''
        const body = node.querySelector(`[id="${bodyId}"]`)?.textContent ?? ''
        return [title, body].filter(Boolean).join(/[.!?…]$/.test(title) ? ' ' : '. ')
      },
      kind === 'retry-later' ? 'polite' : 'assertive',
    )
  }, [failure, kind, takeFocus, shownByForm, titleId, bodyId])

  if (shownByForm) return null
  const Component = asChild ? Slot.Root : 'section'
  const standard = <StandardParts kind={view.kind} />
  const content =
    asChild && isValidElement<{ children?: ReactNode }>(children)
      ? children.props.children === undefined
        ? cloneElement(children as ReactElement<{ children?: ReactNode }>, undefined, standard)
        : children
      : (children ?? standard)
  return (
    <NoticeProvider
      view={view}
      headingLevel={headingLevel}
      titleId={titleId}
      bodyId={bodyId}
      countdownId={countdownId}
      retry={retry}
    >
      <Component
        data-slot="notice"
        data-kind={view.kind}
        data-reason={view.reason}
        aria-labelledby={titleId}
        // Focusable (takeFocus, or a tabIndex of the app's): focus reads the title and, as description, the body.
        {...(takeFocus ? { tabIndex: -1 } : {})}
        {...(takeFocus || props.tabIndex !== undefined ? { 'aria-describedby': bodyId } : {})}
        {...props}
        ref={ref}
      >
        {content}
      </Component>
    </NoticeProvider>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Title`. */
export type TitleProps = ComponentPropsWithoutRef<'h2'>

/**
 * The notice's heading (at the root's `headingLevel`), naming the notice. Default text: the view's `title`.
 *
 * @example
 * ```tsx
 * <RecourseNotice.Title>Payment not taken</RecourseNotice.Title>
 * ```
 */
export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title(
  { children, ...props },
  forwardedRef,
) {
  const { view, headingLevel, titleId } = useNoticeContext(TITLE_NAME)
  const Heading = `h${headingLevel}` as const
  return (
    <Heading data-slot="notice-title" {...props} id={titleId} ref={forwardedRef}>
      {children ?? view.title}
    </Heading>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Body`. */
export type BodyProps = ComponentPropsWithoutRef<'p'>

/**
 * What happened and what to do, in the customer's words. Default text: the view's `body`.
 *
 * @example
 * ```tsx
 * <RecourseNotice.Body className="notice-text" />
 * ```
 */
export const Body = forwardRef<HTMLParagraphElement, BodyProps>(function Body(
  { children, ...props },
  forwardedRef,
) {
  const { view, bodyId } = useNoticeContext(BODY_NAME)
  return (
    <p data-slot="notice-body" {...props} id={bodyId} ref={forwardedRef}>
      {children ?? view.body}
    </p>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Retry`. */
export interface RetryProps extends ComponentPropsWithoutRef<'button'> {
  /** Render your own button or link (one child), with the retry's props, handler and ref merged in. */
  asChild?: boolean
}

/**
 * The retry button: works once the retry is allowed (after the server's `Retry-After`), and stays focusable while
 * waiting (`aria-disabled`, described by the countdown). Its name never changes: a focused control renamed every
 * second is re-read every second. Renders nothing when the failure cannot be retried from here. Your `onClick`
 * runs first; `event.preventDefault()` in it skips the retry.
 *
 * @example
 * ```tsx
 * <RecourseNotice.Retry onClick={() => track('retry')}>Try the payment again</RecourseNotice.Retry>
 * ```
 */
export const Retry = forwardRef<HTMLButtonElement, RetryProps>(function Retry(
  { asChild = false, onClick, children, ...props },
  forwardedRef,
) {
  const { view, retry, countdownId } = useNoticeContext(RETRY_NAME)
  if (!view.retry.retryNow) return null
  const Component = asChild ? Slot.Root : 'button'
  return (
    <Component
      {...(asChild ? {} : { type: 'button' as const })}
      data-slot="notice-retry"
      {...props}
      aria-disabled={!retry.ready}
      // The app's description, and the countdown while it runs; none when neither.
      aria-describedby={
        [props['aria-describedby'], retry.waiting && countdownId].filter(Boolean).join(' ') ||
        undefined
      }
      onClick={composeEventHandlers(onClick, () => {
        retry.retry()
      })}
      ref={forwardedRef}
    >
      {children ?? view.action}
    </Component>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Countdown`. */
export type CountdownProps = ComponentPropsWithoutRef<'span'>

/**
 * The wait before a retry ("Try again in 3 s", or "Next attempt in 3 s" when the app retries on its own), then
 * "Trying again…" while an attempt runs and "You can try again now." once the wait is over. Shown every second, but
 * said only when it changes state (politely): a countdown read every second would drown everything else.
 *
 * @example
 * ```tsx
 * <RecourseNotice.Retry />
 * <RecourseNotice.Countdown className="muted" />
 * ```
 */
export const Countdown = forwardRef<HTMLSpanElement, CountdownProps>(function Countdown(
  { children, ...props },
  forwardedRef,
) {
  const { view, retry, countdownId } = useNoticeContext(COUNTDOWN_NAME)
  const { catalog } = useRecourseConfig()
  const hasButton = view.retry.retryNow !== undefined
  const state = retry.waiting
    ? 'waiting'
    : retry.busy
      ? 'busy'
      : view.retry.at !== undefined && retry.ready
        ? 'ready'
        : 'idle'
  const text =
    state === 'waiting'
      ? // Without a button, "Try again in 3 s" would read as the customer's job: say when the app tries.
        fill(
          hasButton ? catalog.ui.retryIn : catalog.ui.nextAttemptIn,
          'seconds',
          retry.seconds ?? 0,
        )
      : state === 'busy'
        ? catalog.ui.retryingAutomatically
        : state === 'ready'
          ? catalog.ui.retryReady
          : ''
  // Said when it turns busy or ready — not on mount, where the notice itself is being said.
  const mounted = useRef(false)
  const said = state === 'busy' || state === 'ready' ? text : undefined
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true
      return
    }
    if (said === undefined) return
    return announce(() => said, 'polite')
  }, [said])
  if (text === '') return null
  return (
    <span
      data-slot="notice-countdown"
      data-state={state}
      {...props}
      id={countdownId}
      ref={forwardedRef}
    >
      {children ?? text}
    </span>
  )
})

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Reference`. */
export type ReferenceProps = Omit<ReferenceLineProps, 'view'>

/**
 * The reference to quote to support ("Reference: TX7Vb3Nc1p"), with a button that copies it; the result is said
 * politely. Renders nothing without a reference. `onCopyClick` runs first; `event.preventDefault()` in it skips the copy.
 *
 * @example
 * ```tsx
 * <RecourseNotice.Reference copyLabel="Copy" onCopyClick={() => track('copied')} />
 * ```
 */
export const Reference = forwardRef<HTMLParagraphElement, ReferenceProps>(
  function Reference(props, forwardedRef) {
    const { view } = useNoticeContext(REFERENCE_NAME)
    return <ReferenceLine view={view} {...props} ref={forwardedRef} />
  },
)

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Support`. */
export type SupportProps = ComponentPropsWithoutRef<'div'>

/**
 * How to reach support (email, phone, website, hours), from `RecourseProvider support`. Links only with safe
 * schemes. Renders nothing without a contact.
 *
 * @example
 * ```tsx
 * <RecourseProvider support={{ email: 'help@shop.example' }}>…<RecourseNotice.Support />…</RecourseProvider>
 * ```
 */
export const Support = forwardRef<HTMLDivElement, SupportProps>(
  function Support(props, forwardedRef) {
    const { view } = useNoticeContext(SUPPORT_NAME)
    return <SupportList view={view} {...props} ref={forwardedRef} />
  },
)

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Fields`. */
export type FieldsProps = ComponentPropsWithoutRef<'ul'>

/**
 * The details to correct, one item per field error; inside a `RecourseForm.Root`, each links to its field.
 * Renders nothing without field errors.
 *
 * @example
 * ```tsx
 * <RecourseNotice.Root view={view}><RecourseNotice.Title /><RecourseNotice.Fields /></RecourseNotice.Root>
 * ```
 */
export const Fields = forwardRef<HTMLUListElement, FieldsProps>(
  function Fields(props, forwardedRef) {
    const { view } = useNoticeContext(FIELDS_NAME)
    const form = useFormContext()
    if (view.fields.length === 0) return null
    return (
      <ul data-slot="notice-fields" {...props} ref={forwardedRef}>
        {view.fields.map((field) => {
          const target = form?.controlId(field.name)
          return (
            <li key={`${field.name}:${field.message}`}>
              {target ? (
                <a href={`#${target}`} onClick={moveToControl(target)}>
                  {field.message}
                </a>
              ) : (
                field.message
              )}
            </li>
          )
        })}
      </ul>
    )
  },
)

// Names the parts in React's tools, like Radix's own.
Root.displayName = ROOT_NAME
Title.displayName = TITLE_NAME
Body.displayName = BODY_NAME
Retry.displayName = RETRY_NAME
Countdown.displayName = COUNTDOWN_NAME
Reference.displayName = REFERENCE_NAME
Support.displayName = SUPPORT_NAME
Fields.displayName = FIELDS_NAME

/* -------------------------------------------------------------------------------------------------------------- */

/** Props of `RecourseNotice.Progress`. */
export type ProgressProps = ComponentPropsWithoutRef<'div'>

/**
 * While the kit retries on its own after this failure: which attempt runs and the most it makes ("Still trying:
 * attempt 2 of 4"), so a retried request never looks like a silent spinner, and, for a payment, a "Stop waiting"
 * button (`view.stopWaiting`: no further attempt is sent, nothing sent is cancelled, the key stays). Renders
 * nothing otherwise. Shown, not spoken: the notice has said the failure, and a count read out at each attempt would
 * drown it.
 *
 * @example
 * ```tsx
 * <RecourseNotice.Root view={view}>
 *   <RecourseNotice.Title />
 *   <RecourseNotice.Progress />
 * </RecourseNotice.Root>
 * ```
 */
export const Progress = forwardRef<HTMLDivElement, ProgressProps>(function Progress(
  { children, ...props },
  forwardedRef,
) {
  const { view } = useNoticeContext(PROGRESS_NAME)
  const { catalog } = useRecourseConfig()
  if (!view.attempt) return null
  const line = fill(
    fill(catalog.ui.stillTrying, 'attempt', view.attempt.number),
    'max',
    view.attempt.max,
  )
  return (
    <div data-slot="notice-progress" {...props} ref={forwardedRef}>
      <p>{line}</p>
      {view.stopWaiting ? (
        <button type="button" data-slot="notice-stop-waiting" onClick={view.stopWaiting}>
          {catalog.ui.stopWaiting}
        </button>
      ) : null}
      {children}
    </div>
  )
})
Progress.displayName = PROGRESS_NAME
