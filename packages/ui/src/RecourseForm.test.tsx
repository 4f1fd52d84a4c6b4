import { classify } from '@recourse/core'
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from './ErrorSummary.js'
import { RecourseForm } from './RecourseForm.js'

const incorrectCvc = classify({
  status: 402,
  body: { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: 'Wrong' } },
})

describe('RecourseForm', () => {
  it('given a classification through the recourse prop, marks the field and words its message', () => {
    render(
      <RecourseForm.Root recourse={incorrectCvc} aria-label="Payment">
        <RecourseForm.Field name="cvc" label="Security code">
          <input />
        </RecourseForm.Field>
      </RecourseForm.Root>,
    )
    const control = screen.getByLabelText('Security code')
    expect(control.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Check the security code')).toBeTruthy()
  })

  it('given an edit, clears the field error but keeps the summary item until the next submission', () => {
    render(
      <RecourseForm.Root recourse={incorrectCvc} aria-label="Payment">
        <ErrorSummary takeFocus={false} />
        <RecourseForm.Field name="cvc" label="Security code">
          <input />
        </RecourseForm.Field>
      </RecourseForm.Root>,
    )
    const control = screen.getByLabelText('Security code')
    fireEvent.input(control, { target: { value: '4' } })
    expect(control.getAttribute('aria-invalid')).toBeNull()
    expect(screen.getByRole('link', { name: 'Check the security code' })).toBeTruthy()
    expect((control as HTMLInputElement).value).toBe('4')
  })

  it("given a field's own error (client-side), shows it like a server error", () => {
    render(
      <RecourseForm.Root aria-label="Payment">
        <RecourseForm.Field name="postcode" label="Postcode" error="Enter a postcode">
          <input />
        </RecourseForm.Field>
      </RecourseForm.Root>,
    )
    expect(screen.getByLabelText('Postcode').getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Enter a postcode')).toBeTruthy()
  })

  it('given no failure, marks nothing and renders no summary', () => {
    render(
      <RecourseForm.Root recourse={null} aria-label="Payment">
        <ErrorSummary />
        <RecourseForm.Field name="cvc" label="Security code">
          <input />
        </RecourseForm.Field>
      </RecourseForm.Root>,
    )
    expect(screen.getByLabelText('Security code').getAttribute('aria-invalid')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
