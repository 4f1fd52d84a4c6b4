import type { FormFieldError, RecourseView } from '@recourse/react'
import { createContext, useContext } from 'react'

/** What a `RecourseForm.Root` shares with its fields and its summary. */
export interface FormContextValue {
  /** The failure the form shows, if any. */
  view: RecourseView | undefined
  /** Field errors of the current failure that the customer has not edited away yet: shown on the fields and listed
   * in the summary, in step. */
  errors: FormFieldError[]
  /** The failure's words for the whole form, when it is about the input but names no field. */
  formError: string | undefined
  controlId: (name: string) => string
  dismiss: (name: string) => void
  /** The summary registers itself: the form moves focus to it, or to the first invalid control without one. */
  registerSummary: (element: HTMLElement | null) => void
}

export const FormContext = createContext<FormContextValue | null>(null)

/** The nearest `RecourseForm.Root`'s state, or null outside one. */
export function useFormContext(): FormContextValue | null {
  return useContext(FormContext)
}
