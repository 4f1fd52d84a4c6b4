'use client'

export * as RecourseNotice from './RecourseNotice.js'
export * as ErrorSummary from './ErrorSummary.js'
export * as RecourseForm from './RecourseForm.js'
export { ContactSupportDialog } from './ContactSupportDialog.js'
export { RecourseToaster } from './RecourseToaster.js'
export { RecourseBoundary } from './RecourseBoundary.js'

export type { ContactSupportDialogProps } from './ContactSupportDialog.js'
export type { RecourseToasterProps } from './RecourseToaster.js'
export type { RecourseBoundaryProps } from './RecourseBoundary.js'
