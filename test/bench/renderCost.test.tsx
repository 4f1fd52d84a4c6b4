// The render counts of `pnpm bench` (test/bench/renderCost.tsx), asserted: counts are deterministic; the commit
// times the bench prints are not, and are never asserted.
import { describe, expect, it } from 'vitest'
import {
  AUTO_RETRY_FAILURES,
  measureAutoRetryCycle,
  measureFiftyFieldForm,
  measureRetryCycle,
  type StepCost,
} from './renderCost.tsx'

// Each test mounts real components: give a busy machine time (counts do not depend on it).
const TIMEOUT = 20_000

const commitsOf = (steps: StepCost[]) => steps.map(({ step, commits }) => ({ step, commits }))

describe('given an error -> retry -> success cycle of one query', () => {
  it(
    'should commit as often with useRecourse as without it, step by step',
    async () => {
      const without = await measureRetryCycle(false)
      const withRecourse = await measureRetryCycle(true)
      expect(commitsOf(without.steps)).toEqual([
        { step: 'mount (loading)', commits: 1 },
        { step: 'error (503)', commits: 1 },
        { step: 'retry pressed', commits: 1 },
        { step: 'success', commits: 1 },
      ])
      expect(commitsOf(withRecourse.steps)).toEqual(commitsOf(without.steps))
    },
    TIMEOUT,
  )

  it(
    'should run the screen again only within a commit, at most once per step, with useRecourse',
    async () => {
      const withRecourse = await measureRetryCycle(true)
      for (const step of withRecourse.steps)
        expect(step.renders).toBeLessThanOrEqual(2 * step.commits)
    },
    TIMEOUT,
  )
})

describe('given a query the client retries on its own, failing twice, then succeeding', () => {
  it(
    'should add at most one commit per failed attempt with useRecourse, and none elsewhere',
    async () => {
      const without = await measureAutoRetryCycle(false)
      const withRecourse = await measureAutoRetryCycle(true)
      const failed = (step: StepCost) => / fails /.test(step.step)
      // Without useRecourse the screen reads nothing that changes while TanStack retries: no commit until the end.
      expect(commitsOf(without.steps)).toEqual([
        { step: 'mount (loading)', commits: 1 },
        { step: 'attempt 1 fails (503), retried', commits: 0 },
        { step: 'attempt 2 fails (503), retried', commits: 0 },
        { step: 'attempt 3 succeeds', commits: 1 },
      ])
      expect(withRecourse.steps.filter(failed)).toHaveLength(AUTO_RETRY_FAILURES)
      withRecourse.steps.forEach((step, index) => {
        const plain = without.steps[index]?.commits ?? 0
        // Each failed attempt is shown (the attempt's number changes): exactly one commit more, never two.
        expect(step.commits).toBe(failed(step) ? plain + 1 : plain)
        expect(step.renders).toBeLessThanOrEqual(2 * step.commits)
      })
    },
    TIMEOUT,
  )
})

describe('given a 50-field RecourseForm and 50 server errors', () => {
  it(
    'should render each field once per commit, every field at most twice per step',
    async () => {
      const form = await measureFiftyFieldForm()
      const [mount, errors, edit] = form.steps
      expect(mount).toMatchObject({
        commits: 1,
        renders: 50,
        fieldsRendered: 50,
        maxRendersPerField: 1,
      })
      // The failure's commit, then Radix Form's: it registers each new message for aria-describedby in an effect.
      expect(errors).toMatchObject({ fieldsRendered: 50, maxRendersPerField: errors?.commits })
      expect(errors?.commits).toBeLessThanOrEqual(2)
      expect(edit?.maxRendersPerField).toBeLessThanOrEqual(2)
    },
    TIMEOUT,
  )
})
