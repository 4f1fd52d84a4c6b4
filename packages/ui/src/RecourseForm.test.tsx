import { useRecourse, type RecourseView } from '@recourse/react'
import { fireEvent, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { renderInKit } from '../../../test/setup/kit.js'
import { describe, expect, it } from 'vitest'
import * as ErrorSummary from './ErrorSummary.js'
import * as RecourseForm from './RecourseForm.js'

const incorrectCvc = {
  status: 402,
  body: { error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: 'Wrong' } },
}

/** The form, given what `useRecourse` makes of `error`; `seen` receives that view. */
function Form({
  error,
  children,
  seen,
  prefixTitle = false,
}: {
  error: unknown
  children: ReactNode
  seen?: (view: RecourseView | undefined) => void
  prefixTitle?: boolean
}) {
  const view = useRecourse(error)
  seen?.(view)
  return (
    <RecourseForm.Root view={view} aria-label="Payment" prefixTitle={prefixTitle}>
      {children}
    </RecourseForm.Root>
  )
}

describe('RecourseForm', () => {
  it("given a view, marks the field and shows the view's words for it", () => {
    let view: RecourseView | undefined
    renderInKit(
      <Form error={incorrectCvc} seen={(seen) => (view = seen)}>
        <RecourseForm.Field name="cvc" label="Security code">
          <input />
        </RecourseForm.Field>
      </Form>,
    )
    const control = screen.getByLabelText('Security code')
    expect(control.getAttribute('aria-invalid')).toBe('true')
    const message = view!.fields[0]!.message
    expect(message).not.toBe('')
    expect(control.closest('[data-slot="field"]')?.getAttribute('data-state')).toBe('invalid')
    expect(screen.getByText(message)).toBeTruthy()
  })

  it('given an edit, clears the field error and its summary line together, keeping what was typed', () => {
    renderInKit(
      <Form error={incorrectCvc}>
        <ErrorSummary.Root takeFocus={false} />
        <RecourseForm.Field name="cvc" label="Security code">
          <input />
        </RecourseForm.Field>
      </Form>,
    )
    const control = screen.getByLabelText('Security code')
    expect(screen.getAllByRole('link')).toHaveLength(1)
    fireEvent.input(control, { target: { value: '4' } })
    expect(control.getAttribute('aria-invalid')).toBeNull()
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.queryByRole('group')).toBeNull()
    expect((control as HTMLInputElement).value).toBe('4')
  })

  it("given a field's own error (client-side), shows it like a server error", () => {
    renderInKit(
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
    renderInKit(
      <Form error={undefined}>
        <ErrorSummary.Root />
        <RecourseForm.Field name="cvc" label="Security code">
          <input />
        </RecourseForm.Field>
      </Form>,
    )
    expect(screen.getByLabelText('Security code').getAttribute('aria-invalid')).toBeNull()
    expect(document.querySelector('[data-slot="error-summary"]')).toBeNull()
  })

  it('given a failure that is not about the input, leaves it to the notice: no field marked, no summary', () => {
    renderInKit(
      <Form error={{ status: 402, body: { error: { type: 'card_error', code: 'card_declined' } } }}>
        <ErrorSummary.Root />
        <RecourseForm.Field name="cvc" label="Security code">
          <input />
        </RecourseForm.Field>
      </Form>,
    )
    expect(screen.getByLabelText('Security code').getAttribute('aria-invalid')).toBeNull()
    expect(document.querySelector('[data-slot="error-summary"]')).toBeNull()
  })
})

describe('RecourseForm, given what its controls say of their fields', () => {
  const mastercardFields = {
    status: 400,
    body: {
      Errors: {
        Error: [
          {
            Source: 'country',
            ReasonCode: 'MISSING_REQUIRED_INPUT',
            Recoverable: false,
            Description: 'x',
          },
          {
            Source: 'postcode',
            ReasonCode: 'INVALID_INPUT_LENGTH',
            Recoverable: false,
            Description: 'x',
          },
        ],
      },
    },
  }

  it('words a select "Select …" and a length error with the limit the input states', () => {
    renderInKit(
      <Form error={mastercardFields}>
        <RecourseForm.Field name="country" label="Country">
          <select>
            <option value="">Choose</option>
          </select>
        </RecourseForm.Field>
        <RecourseForm.Field name="postcode" label="Postcode">
          <input maxLength={8} />
        </RecourseForm.Field>
      </Form>,
    )
    expect(screen.getByLabelText('Country').closest('[data-slot="field"]')?.textContent).toMatch(
      /Select/,
    )
    expect(screen.getByLabelText('Postcode').closest('[data-slot="field"]')?.textContent).toMatch(
      /8 characters or fewer/,
    )
  })

  it('given prefixTitle, puts "Error: " before the page title while errors show, and takes it off after', () => {
    document.title = 'Checkout'
    const { unmount } = renderInKit(
      <Form error={mastercardFields} prefixTitle>
        <RecourseForm.Field name="postcode" label="Postcode">
          <input />
        </RecourseForm.Field>
      </Form>,
    )
    expect(document.title).toBe('Error: Checkout')
    unmount()
    expect(document.title).toBe('Checkout')
  })
})
