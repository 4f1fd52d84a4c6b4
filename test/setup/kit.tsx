import { allDialects } from '@recourse/core/dialects'
import { createRecourseQueryClient, useRecourse, type RecourseView } from '@recourse/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderOptions, type RenderResult } from '@testing-library/react'
import { useState, type ReactElement, type ReactNode } from 'react'

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

/** A QueryClient that reads every provider's bodies, as an app that passes them all would have. */
function Kit({ children }: { children: ReactNode }) {
  const [client] = useState(() =>
    createRecourseQueryClient({
      dialects: allDialects,
      retry: { maxRetries: 0 },
      defaultOptions: { queries: { throwOnError: false } },
    }),
  )
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

/** Testing Library's `render`, inside `Kit`. */
export function renderInKit(ui: ReactElement, options?: RenderOptions): RenderResult {
  return render(ui, { wrapper: Kit, ...options })
}
