// The dashboard's RecourseProvider settings. Defined once, outside render: each new object would make
// RecourseProvider classify everything again.

export const support = {
  email: 'payments-ops@admin.example',
  url: 'https://admin.example/support',
  hours: 'Monday to Friday, 8:00 to 18:00 (UTC)',
}

/** Form field name -> how a message names it ("Enter the callback URL in the correct format"). */
export const labels = {
  subjectType: 'the subject type',
  eventType: 'the event type',
  callbackUrl: 'the callback URL',
  consumerKey: 'the consumer key',
  fieldMappingName: 'the field mapping name',
  active: 'the status',
}

/** The API's path -> the form's field: Commercial Event Notifications names this one inside a list. */
export const fieldMap = { 'specifications[0].fieldMappingName': 'fieldMappingName' }
