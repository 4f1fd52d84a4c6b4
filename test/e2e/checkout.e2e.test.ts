// The checkout demo driven as a customer would, keyboard only (Tab, Shift+Tab, Enter, typing; no mouse), in
// Chromium over the built Storybook, on the mock payment APIs: every outcome at least once, the key ones on several
// providers. Each test puts the checkout on its scenario, pays, and checks where focus lands, what the customer is
// told, and how many payment requests went out with which idempotency key. A screenshot of each outcome goes to
// test/e2e/screenshots/ (git-ignored) for a reviewer.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  DEMO_RETRY_AFTER_SECONDS,
  DEMO_TIMEOUT_MS,
  type OutcomeId,
  type ProviderId,
} from '../../apps/checkout/src/scenarios.ts'
import {
  sharedCheckout,
  type PaymentRequestSeen,
  focusedElement,
  freshCheckout,
  holdClock,
  keysOnPage,
  notice,
  payFromKeyboard,
  paymentsSent,
  requestCounter,
  runClockUntil,
  settlePastAutomaticRetries,
  tabTo,
  WAIT,
  waitForFocus,
  waitForRetriesSpent,
  waitForRequests,
} from './checkout/checkoutPage.ts'
import { axeViolations, setupStorybook } from './storybook/browser.ts'

const storybook = setupStorybook()

type ScenarioPage = ReturnType<typeof sharedCheckout>

/** Puts the group's checkout page on a scenario, runs `steps`, screenshots the result, checks nothing went wrong. */
async function checkout(
  onScenario: ScenarioPage,
  provider: ProviderId,
  outcome: OutcomeId,
  steps: (page: Page, payments: PaymentRequestSeen[]) => Promise<void>,
) {
  const { page, problems, payments } = await onScenario(provider, outcome)
  await steps(page, payments)
  await storybook.screenshot(page, `checkout-${provider}-${outcome}`)
  expect(problems).toEqual([])
}

/** Axe (WCAG 2.2 AA) over the page in the state a test left it in. */
async function expectAccessible(page: Page) {
  expect(await axeViolations(page, '#storybook-root')).toEqual([])
}

const confirmation = (page: Page) => page.getByRole('heading', { name: 'Payment accepted' })

async function expectPaid(page: Page) {
  await confirmation(page).waitFor(WAIT)
  await waitForFocus(page, 'h2#checkout-paid-title')
}

// Each group of tests shares one page (opening one costs seconds on a busy machine): the scenario is switched on
// the page, from the keyboard, between tests.
describe('the checkout demo, keyboard only', () => {
  describe('waits: rate limits and temporary failures', () => {
    describe('given a rate limit, when the customer pays', () => {
      // These tests hold the page's clock: a page each.
      const onScenario = freshCheckout(storybook)

      for (const provider of ['stripe', 'mangopay'] as const) {
        it(`${provider}: the retry button and Pay now wait out the countdown, then it pays with the same key`, async () => {
          await checkout(onScenario, provider, 'rate-limited', async (page, payments) => {
            // The early presses below must land inside the 5 s countdown however slow the machine is between
            // steps: the page's clock moves only when the test moves it, until the countdown is meant to end.
            await holdClock(page)
            await payFromKeyboard(page)
            const noticeFocused = 'section[data-slot=notice][data-kind=retry-later]'
            // In 2 ms steps while the answer is on its way: the page's time must not outrun the real trip through
            // the mock's service worker, or the client's own timeout (DEMO_TIMEOUT_MS) would fire first.
            await runClockUntil(
              page,
              async () =>
                (await focusedElement(page)) === noticeFocused &&
                (await page.locator('[data-slot=notice-progress]').count()) === 0,
              { stepMs: 2, maxMs: DEMO_TIMEOUT_MS - 500 },
            )
            await page.keyboard.press('Tab')
            const retry = page.getByRole('button', { name: 'Try again' })
            expect(await focusedElement(page)).toBe('button[data-slot=notice-retry]')
            expect(await retry.getAttribute('aria-disabled')).toBe('true')
            // Pressed too early (at once, while the countdown runs): nothing may be sent.
            await page.keyboard.press('Enter')
            // Pay now waits too, and says why; pressing it sends nothing either.
            await tabTo(page, 'button "Pay now"', { backwards: true })
            const payNow = page.getByRole('button', { name: 'Pay now' })
            expect(await payNow.getAttribute('aria-disabled')).toBe('true')
            await expect(
              page.locator(`#${await payNow.getAttribute('aria-describedby')}`).textContent(),
            ).resolves.toMatch(/^You can pay again in \d s\.$/)
            await page.keyboard.press('Enter')
            await storybook.screenshot(page, `checkout-${provider}-rate-limited-countdown`)
            await tabTo(page, 'button[data-slot=notice-retry]')
            // When the countdown ends the button works, not before (the page's time, moved by the test). Counted in
            // the page up to that moment: still the one request, so neither early press sent anything.
            const ready = page.locator('button[data-slot=notice-retry][aria-disabled=false]')
            const waited = await runClockUntil(page, async () => (await ready.count()) === 1, {
              stepMs: 100,
              maxMs: 2 * DEMO_RETRY_AFTER_SECONDS * 1000,
            })
            expect(waited).toBeGreaterThanOrEqual((DEMO_RETRY_AFTER_SECONDS - 1) * 1000)
            await page.clock.resume()
            expect(await paymentsSent(page)).toHaveLength(1)
            expect(await payNow.getAttribute('aria-disabled')).toBe('false')
            await expectAccessible(page)
            expect(await focusedElement(page)).toBe('button[data-slot=notice-retry]')
            await page.keyboard.press('Enter')
            await expectPaid(page)
            expect(payments).toHaveLength(2)
            expect(payments[1]?.idempotencyKey).toBe(payments[0]?.idempotencyKey)
            expect(await paymentsSent(page)).toEqual(
              payments.map((payment) => payment.idempotencyKey),
            )
          })
        })
      }

      it('TabaPay (no Retry-After): one automatic retry, then a retry button that is ready at once', async () => {
        await checkout(onScenario, 'tabapay', 'rate-limited', async (page) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'section[data-slot=notice][data-kind=retry-later]')
          await waitForRetriesSpent(page)
          expect(await requestCounter(page)).toBe(2)
          await page.keyboard.press('Tab')
          expect(
            await page.getByRole('button', { name: 'Try again' }).getAttribute('aria-disabled'),
          ).toBe('false')
          await page.keyboard.press('Enter')
          await expectPaid(page)
          expect(await requestCounter(page)).toBe(3)
        })
      })
    })
    describe('given a temporary failure, when the customer pays', () => {
      const onScenario = sharedCheckout(storybook)

      const cases: [ProviderId, OutcomeId, string][] = [
        ['mastercard', 'unavailable', 'There is a temporary problem'],
        ['tabapay', 'unavailable', 'There is a temporary problem'],
        ['mangopay', 'unavailable', 'There is a temporary problem'],
        ['stripe', 'network-drop', 'Connection problem'],
        // The timeout (two client timeouts, seconds each) runs once, below, on Stripe.
        ['cloud-payments', 'network-drop', 'Connection problem'],
      ]
      for (const [provider, outcome, title] of cases) {
        it(`${provider} ${outcome}: retried once automatically, then by the customer, always with the same key`, async () => {
          await checkout(onScenario, provider, outcome, async (page, payments) => {
            await payFromKeyboard(page)
            await waitForFocus(page, 'section[data-slot=notice][data-kind=retry-later]')
            await waitForRetriesSpent(page)
            expect(await notice(page).textContent()).toContain(title)
            expect(await requestCounter(page)).toBe(2)
            await storybook.screenshot(page, `checkout-${provider}-${outcome}-notice`)
            await page.keyboard.press('Tab')
            expect(await focusedElement(page)).toBe('button[data-slot=notice-retry]')
            await page.keyboard.press('Enter')
            await expectPaid(page)
            expect(await requestCounter(page)).toBe(3)
            const keys = payments.map((payment) => payment.idempotencyKey)
            expect(keys).toHaveLength(3)
            expect(new Set(keys).size).toBe(1)
            expect(await keysOnPage(page)).toEqual(keys)
            await expect(page.getByTestId('charge-count').textContent()).resolves.toBe(
              'Charges taken: 1',
            )
          })
        })
      }

      it('Stripe timeout (charged, answer lost), then an edited amount: the same key, a conflict, one charge, and the amount charged confirmed', async () => {
        await checkout(onScenario, 'stripe', 'timeout', async (page, payments) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'section[data-slot=notice][data-kind=retry-later]')
          await waitForRetriesSpent(page)
          expect(await notice(page).textContent()).toContain('There was no answer in time')
          await expect(page.getByTestId('charge-count').textContent()).resolves.toBe(
            'Charges taken: 1',
          )
          // The customer changes the amount and pays again, keyboard only.
          await tabTo(page, 'input[name=amount]', { backwards: true })
          await page.keyboard.press('ControlOrMeta+A')
          await page.keyboard.type('50.00')
          await tabTo(page, 'button "Pay now"')
          await page.keyboard.press('Enter')
          // The provider already has this key with other details: its idempotency conflict, never a new charge.
          // After an attempt that may have been charged, the conflict leaves the payment unknown: the dialog.
          await waitForFocus(page, 'button[data-slot=dialog-safe-action]')
          expect(await page.getByRole('alertdialog').getAttribute('data-reason')).toBe(
            'outcome-unknown',
          )
          await waitForRequests(page, 3)
          const keys = payments.map((payment) => payment.idempotencyKey)
          expect(keys).toHaveLength(3)
          expect(new Set(keys).size).toBe(1)
          expect(await paymentsSent(page)).toEqual(keys)
          expect(await keysOnPage(page)).toEqual(keys)
          await expect(page.getByTestId('charge-count').textContent()).resolves.toBe(
            'Charges taken: 1',
          )
          // "Check your order status": the kit's lookup finds the payment, and the checkout shows it as made.
          await page.keyboard.press('Enter')
          await expectPaid(page)
          expect(await paymentsSent(page)).toHaveLength(3)
          // What was taken is the first request's £42.00, not the refused £50.00.
          expect(await page.getByTestId('confirmation').textContent()).toContain(
            '£42.00 was paid with the card ending 4242.',
          )
        })
      })
    })
  })

  describe('unknown outcomes, support cases, success and the switcher', () => {
    describe('given an unknown outcome, when the customer pays', () => {
      const onScenario = sharedCheckout(storybook)

      it('TabaPay 207: the dialog focuses "check status"; nothing is ever sent again', async () => {
        await checkout(onScenario, 'tabapay', 'unknown', async (page, payments) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'button[data-slot=dialog-safe-action]')
          const dialog = page.getByRole('alertdialog')
          expect(await dialog.textContent()).toContain('Do not pay again.')
          await storybook.screenshot(page, 'checkout-tabapay-unknown-dialog')
          expect(await axeViolations(page)).toEqual([])
          await page.keyboard.press('Enter')
          // The kit's lookup asks the order status: the payment went through, so the checkout shows it as made.
          await expectPaid(page)
          // Past any automatic retry the policy could have scheduled, counted in the page: still one request.
          await settlePastAutomaticRetries(page)
          expect(await paymentsSent(page)).toHaveLength(1)
          expect(payments).toHaveLength(1)
          expect(await requestCounter(page)).toBe(1)
          await expect(page.getByTestId('charge-count').textContent()).resolves.toBe(
            'Charges taken: 1',
          )
        })
      })

      it('Stripe: the lost answer is retried with the same key and replayed; charged once', async () => {
        await checkout(onScenario, 'stripe', 'unknown', async (page, payments) => {
          await payFromKeyboard(page)
          await expectPaid(page)
          expect(payments.map((payment) => payment.idempotencyKey)).toEqual([
            payments[0]?.idempotencyKey,
            payments[0]?.idempotencyKey,
          ])
          await expect(page.getByTestId('charge-count').textContent()).resolves.toBe(
            'Charges taken: 1',
          )
        })
      })

      it('Mangopay: the retry meets 409 idempotent_creation_conflict; the payment stays unknown until the lookup finds it', async () => {
        await checkout(onScenario, 'mangopay', 'unknown', async (page, payments) => {
          await payFromKeyboard(page)
          // The conflict follows an attempt that may have been charged: never a new key, the dialog instead.
          await waitForFocus(page, 'button[data-slot=dialog-safe-action]')
          expect(await page.getByRole('alertdialog').textContent()).toContain('Do not pay again.')
          await page.keyboard.press('Enter')
          await expectPaid(page)
          // Past any automatic retry the policy could have scheduled, counted in the page: still the two requests.
          await settlePastAutomaticRetries(page)
          expect(await paymentsSent(page)).toHaveLength(2)
          expect(payments).toHaveLength(2)
          await expect(page.getByTestId('charge-count').textContent()).resolves.toBe(
            'Charges taken: 1',
          )
        })
      })
    })
    describe('given a problem only support can solve, when the customer pays', () => {
      const onScenario = sharedCheckout(storybook)

      const cases: [ProviderId, OutcomeId, string][] = [
        ['mastercard', 'gateway-401', 'We could not complete this'],
        ['cloud-payments', 'gateway-401', 'We could not complete this'],
      ]
      for (const [provider, outcome, title] of cases) {
        it(`${provider} ${outcome}: focus lands on the notice with a reference and the support contact`, async () => {
          await checkout(onScenario, provider, outcome, async (page) => {
            await payFromKeyboard(page)
            await waitForFocus(page, 'section[data-slot=notice][data-kind=contact-support]')
            const text = await notice(page).textContent()
            expect(text).toContain(title)
            expect(text).toContain('payments@shop.example')
            // A gateway's DECLINED is the shop's access problem, never a card decline.
            expect(text).not.toMatch(/declined/i)
            expect(await notice(page).getByRole('button', { name: 'Try again' }).count()).toBe(0)
            expect(await requestCounter(page)).toBe(1)
            await expectAccessible(page)
          })
        })
      }

      // A reference or key used before: the payment may already have been made (`processed: 'maybe'`), so the
      // unknown-outcome dialog offers the order status, with the reference and the support contact.
      for (const provider of ['mastercard', 'stripe'] as const) {
        it(`${provider} duplicate: the dialog focuses "check status", with a reference and the support contact`, async () => {
          await checkout(onScenario, provider, 'duplicate', async (page) => {
            await payFromKeyboard(page)
            await waitForFocus(page, 'button[data-slot=dialog-safe-action]')
            const text = (await page.getByRole('alertdialog').textContent()) ?? ''
            expect(text).toContain('This payment may already have been made')
            expect(text).toContain('payments@shop.example')
            expect(
              await page
                .getByRole('alertdialog')
                .getByRole('button', { name: 'Try again' })
                .count(),
            ).toBe(0)
            expect(await requestCounter(page)).toBe(1)
          })
        })
      }
    })
    describe('given the checkout, when the payment succeeds', () => {
      const onScenario = sharedCheckout(storybook)

      it('Mangopay: focus lands on the confirmation; a new payment sends a new idempotency key', async () => {
        await checkout(onScenario, 'mangopay', 'success', async (page, payments) => {
          await payFromKeyboard(page)
          await expectPaid(page)
          await expectAccessible(page)
          expect(await requestCounter(page)).toBe(1)
          // The card number is never echoed back.
          await expect(page.locator('body').textContent()).resolves.not.toContain('4242 4242')
          await expect(page.getByTestId('confirmation').textContent()).resolves.toContain(
            'card ending 4242',
          )

          await page.keyboard.press('Tab')
          expect(await focusedElement(page)).toBe('button "Make another payment"')
          await page.keyboard.press('Enter')
          await payFromKeyboard(page)
          await expectPaid(page)
          expect(payments).toHaveLength(2)
          expect(payments[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
          expect(payments[1]?.idempotencyKey).not.toBe(payments[0]?.idempotencyKey)
          // The confirmation counts this payment's requests only, not the earlier payment's.
          await expect(page.getByTestId('confirmation').textContent()).resolves.toContain(
            'Payment requests it took: 1.',
          )
        })
      })
    })
    describe('given the scenario switcher', () => {
      const onScenario = sharedCheckout(storybook)

      it('is used from the keyboard, and the next payment follows it without a reload', async () => {
        await checkout(onScenario, 'stripe', 'success', async (page) => {
          await tabTo(page, 'select#checkout-provider')
          // A closed select takes typed letters, as a keyboard user picks an option.
          await page.keyboard.type('TabaPay')
          await tabTo(page, 'select#checkout-outcome')
          await page.keyboard.type('Gateway')
          const caption = page.getByTestId('scenario-caption')
          await caption.filter({ hasText: '401 {"SC":401' }).waitFor(WAIT)
          await tabTo(page, 'button "Pay now"', { backwards: true })
          await page.keyboard.press('Enter')
          await waitForFocus(page, 'section[data-slot=notice][data-kind=contact-support]')
          expect(await page.locator('section[data-slot=notice]').getAttribute('data-reason')).toBe(
            'unauthenticated',
          )
          await waitForRequests(page, 1)
        })
      })
    })
  })

  describe('mistakes the checkout sees itself', () => {
    const onScenario = sharedCheckout(storybook)

    it('an empty card number, an empty security code and amount "abc" never reach the API', async () => {
      await checkout(onScenario, 'stripe', 'success', async (page) => {
        const widths = () =>
          page
            .locator('form[aria-label="Card payment"] input')
            .evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect().width))
        const before = await widths()
        for (const [name, value] of [
          ['cardNumber', ''],
          ['cvc', ''],
          ['amount', 'abc'],
        ] as const) {
          await page.locator(`input[name=${name}]`).fill(value)
        }
        await tabTo(page, 'button "Pay now"')
        await page.keyboard.press('Enter')
        // GOV.UK: the summary takes focus and links each problem, in the order of the fields.
        await waitForFocus(page, 'div[data-slot=error-summary]')
        const links = page.locator('[data-slot=error-summary] a')
        expect(await links.allTextContents()).toEqual([
          'Enter the card number',
          'Enter the security code',
          'Enter the amount as a number, like 42.00',
        ])
        for (const name of ['cardNumber', 'cvc', 'amount']) {
          expect(await page.locator(`input[name=${name}]`).getAttribute('aria-invalid')).toBe(
            'true',
          )
        }
        expect(await page.locator('[data-slot=field-error]').allTextContents()).toEqual([
          'Error: Enter the card number',
          'Error: Enter the security code',
          'Error: Enter the amount as a number, like 42.00',
        ])
        // Invalid inputs keep their width; expiry and security code stay side by side, on one line.
        expect(await widths()).toEqual(before)
        const [expiry, cvc] = await Promise.all(
          ['expiry', 'cvc'].map((name) =>
            page.locator(`input[name=${name}]`).evaluate((input) => input.getBoundingClientRect()),
          ),
        )
        expect(cvc?.bottom).toBe(expiry?.bottom)
        await expectAccessible(page)
        await storybook.screenshot(page, 'checkout-client-checks')
        expect(await paymentsSent(page)).toEqual([])

        // The second link reaches the security code; typing there clears its message only.
        await page.keyboard.press('Tab')
        await page.keyboard.press('Tab')
        await page.keyboard.press('Enter')
        await waitForFocus(page, 'input[name=cvc]')
        await page.keyboard.type('123')
        expect(await page.locator('input[name=cvc]').getAttribute('aria-invalid')).toBeNull()
        expect(await page.locator('input[name=amount]').getAttribute('aria-invalid')).toBe('true')
        await page.locator('input[name=cardNumber]').fill('4242 4242 4242 4242')
        await page.locator('input[name=amount]').fill('12.50')
        await tabTo(page, 'button "Pay now"')
        await page.keyboard.press('Enter')
        await expectPaid(page)
        expect(await paymentsSent(page)).toHaveLength(1)
        await expect(page.getByTestId('confirmation').textContent()).resolves.toContain('£12.50')
      })
    })
  })

  describe('field errors and declines', () => {
    describe('given details the provider rejects, when the customer pays', () => {
      const onScenario = sharedCheckout(storybook)

      it('Mastercard: focus lands on the summary, and each link moves focus to its field', async () => {
        await checkout(onScenario, 'mastercard', 'invalid-fields', async (page) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'div[data-slot=error-summary]')
          await page.keyboard.press('Tab')
          expect(await focusedElement(page)).toBe('a "Enter the amount as a number, like 12.50"')
          await page.keyboard.press('Enter')
          await waitForFocus(page, 'input[name=amount]')
          expect(await page.locator('input[name=amount]').getAttribute('aria-invalid')).toBe('true')
          await expectAccessible(page)
          // Back up to the summary's second link: it reaches the postcode.
          await tabTo(page, 'a "The billing postcode is too long or too short"', {
            backwards: true,
          })
          await page.keyboard.press('Enter')
          await waitForFocus(page, 'input[name=postcode]')
          // Typing clears the field's error and keeps what was typed.
          await page.keyboard.press('End')
          await page.keyboard.type('X')
          expect(await page.locator('input[name=postcode]').getAttribute('aria-invalid')).toBeNull()
        })
      })

      it('Stripe, expired card: the summary link reaches the expiry date', async () => {
        await checkout(onScenario, 'stripe', 'expired-card', async (page) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'div[data-slot=error-summary]')
          await page.keyboard.press('Tab')
          expect(await focusedElement(page)).toBe('a "The card has expired: use another card"')
          await page.keyboard.press('Enter')
          await waitForFocus(page, 'input[name=expiry]')
        })
      })

      it('Cloud Payments, wrong security code: the summary link reaches the security code', async () => {
        await checkout(onScenario, 'cloud-payments', 'incorrect-cvc', async (page) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'div[data-slot=error-summary]')
          await page.keyboard.press('Tab')
          await page.keyboard.press('Enter')
          await waitForFocus(page, 'input[name=cvc]')
        })
      })

      it('Mangopay, wrong security code (errors.CardCvx): the link reaches the security code', async () => {
        await checkout(onScenario, 'mangopay', 'incorrect-cvc', async (page) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'div[data-slot=error-summary]')
          await page.keyboard.press('Tab')
          await page.keyboard.press('Enter')
          await waitForFocus(page, 'input[name=cvc]')
        })
      })

      it('TabaPay: its cryptic EM finds the field and is never shown', async () => {
        await checkout(onScenario, 'tabapay', 'invalid-fields', async (page) => {
          await payFromKeyboard(page)
          await waitForFocus(page, 'div[data-slot=error-summary]')
          await page.keyboard.press('Tab')
          await page.keyboard.press('Enter')
          await waitForFocus(page, 'input[name=amount]')
          const shown = await page.locator('.checkout-main').textContent()
          expect(shown).not.toMatch(/3C5E1221/)
        })
      })
    })
    describe('given a customer who double-clicks, or leaves and comes back mid-payment', () => {
      // The "leave" tests hold the page's clock: a page each.
      const onScenario = freshCheckout(storybook)
      // Whatever the customer does, every request carries the one key, and the provider charges once at most.
      const settled = (page: Page) =>
        page
          .locator('h2#checkout-paid-title, section[data-slot=notice], [data-slot=dialog]')
          .first()
          .waitFor(WAIT)
      const cases: ['double-click' | 'leave', ProviderId, OutcomeId, number][] = [
        ['double-click', 'stripe', 'success', 1],
        ['double-click', 'tabapay', 'unknown', 1],
        ['double-click', 'stripe', 'timeout', 1],
        ['leave', 'stripe', 'timeout', 1],
        ['leave', 'mangopay', 'unknown', 1],
        ['leave', 'stripe', 'declined', 0],
      ]
      for (const [action, provider, outcome, charges] of cases) {
        it(`${action} on ${provider} ${outcome}: one key, charges taken ${charges}`, async () => {
          await checkout(onScenario, provider, outcome, async (page, payments) => {
            if (action === 'double-click') {
              await tabTo(page, 'button "Double-click to pay"')
              await page.keyboard.press('Enter')
            } else {
              // Mid-payment, however slow the machine: the page's clock is held from the press of Pay until the
              // customer is away, so the mock's answer (150 ms) cannot land, and move focus to a notice, while the
              // test tabs to "Leave and come back"; and the 800 ms away stays on screen until the test has seen it.
              await holdClock(page)
              await payFromKeyboard(page)
              await runClockUntil(page, async () => (await paymentsSent(page)).length > 0, {
                stepMs: 1,
                maxMs: 100,
              })
              await tabTo(page, 'button "Leave and come back"')
              await page.keyboard.press('Enter')
              await page.getByText('You left the checkout. Coming back…').waitFor(WAIT)
              await page.clock.resume()
            }
            await settled(page)
            await settlePastAutomaticRetries(page)
            expect(new Set(payments.map((payment) => payment.idempotencyKey)).size).toBe(1)
            await expect(page.getByTestId('charge-count').textContent()).resolves.toBe(
              `Charges taken: ${charges}`,
            )
          })
        })
      }
    })
    describe('given a declined card, when the customer pays', () => {
      const onScenario = sharedCheckout(storybook)

      const declines: [ProviderId, OutcomeId, string][] = [
        ['tabapay', 'declined', 'Your card provider did not say why'],
        ['stripe', 'insufficient-funds', 'There is not enough money in the account'],
        ['mangopay', 'insufficient-funds', 'There is not enough money in the account'],
        ['stripe', 'fraud', 'Your card provider did not say why'],
        ['cloud-payments', 'fraud', 'Your card provider did not say why'],
        ['tabapay', 'expired-card', 'Use a card that has not expired'],
        ['cloud-payments', 'declined-in-200', 'Your card provider did not say why'],
        ['tabapay', 'declined-in-200', 'No payment was taken.'],
        ['mastercard', 'declined-in-200', 'Your card provider did not say why'],
      ]
      for (const [provider, outcome, words] of declines) {
        it(`${provider} ${outcome}: focus lands on the decline notice, in safe words`, async () => {
          await checkout(onScenario, provider, outcome, async (page) => {
            await payFromKeyboard(page)
            await waitForFocus(page, 'section[data-slot=notice][data-kind=declined]')
            const text = await notice(page).textContent()
            expect(text).toContain(words)
            expect(text).not.toMatch(/fraud|stolen|networkRC|\b59\b/i)
            expect(await requestCounter(page)).toBe(1)
            if (provider === 'tabapay' && outcome === 'declined') {
              await expectAccessible(page)
              // "Use another card" takes the customer back to the card number.
              await page.keyboard.press('Tab')
              expect(await focusedElement(page)).toBe('button "Use another card"')
              await page.keyboard.press('Enter')
              await waitForFocus(page, 'input[name=cardNumber]')
            }
            // Nothing to retry: the next step is another card.
            expect(await notice(page).getByRole('button', { name: 'Try again' }).count()).toBe(0)
          })
        })
      }
    })
  })
})
