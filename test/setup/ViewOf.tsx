import { useRecourse, type RecourseView } from '@recourse/react'
import type { ReactNode } from 'react'

/** Renders `children` with what `useRecourse` makes of `error`, and nothing when that is nothing. */
export function ViewOf({
  error,
  children,
}: {
  error: unknown
  children: (view: RecourseView) => ReactNode
}) {
  const view = useRecourse(error)
  return view ? <>{children(view)}</> : null
}
