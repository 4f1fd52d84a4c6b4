'use client'

export {
  RecourseForm,
  RecourseFormField,
  RecourseFormRoot,
  useRecourseForm,
} from './RecourseForm.js'
export {
  ErrorSummary,
  ErrorSummaryItem,
  ErrorSummaryList,
  ErrorSummaryRoot,
  ErrorSummaryTitle,
} from './ErrorSummary.js'
export {
  ContactSupportNotice,
  DeclinedNotice,
  FixInputNotice,
  RecourseNotice,
  RetryLaterNotice,
  SupportContactList,
  SupportReference,
} from './RecourseNotice.js'
export { ContactSupportDialog } from './ContactSupportDialog.js'
export { RecourseToaster } from './RecourseToaster.js'
export { RecourseBoundary } from './RecourseBoundary.js'

export type { RecourseFormFieldProps, RecourseFormRootProps } from './RecourseForm.js'
export type {
  ErrorSummaryItemProps,
  ErrorSummaryProps,
  ErrorSummaryRootProps,
} from './ErrorSummary.js'
export type {
  DeclinedNoticeProps,
  NoticeProps,
  RecourseNoticeProps,
  RetryLaterNoticeProps,
} from './RecourseNotice.js'
export type { ContactSupportDialogProps } from './ContactSupportDialog.js'
export type { RecourseToasterProps } from './RecourseToaster.js'
export type { RecourseBoundaryProps } from './RecourseBoundary.js'
