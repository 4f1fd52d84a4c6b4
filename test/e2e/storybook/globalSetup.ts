import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveStatic } from './serveStatic.js'

// The end-to-end suites drive the *built* Storybook, as a reviewer opens it: built once per run into a cache folder
// (a few seconds; never stale, never the developer's own storybook-static/), then served on localhost, where the
// MSW service worker may register (a secure context; file:// is not).

const root = join(import.meta.dirname, '../../..')
const outDir = join(root, 'node_modules/.cache/recourse-e2e-storybook')

declare module 'vitest' {
  export interface ProvidedContext {
    storybookUrl: string
  }
}

export default async function setup(project: TestProject) {
  const build = spawnSync(
    'pnpm',
    ['exec', 'storybook', 'build', '--quiet', '--disable-telemetry', '-o', outDir],
    { cwd: root, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
  )
  if (build.status !== 0) {
    throw new Error(
      `storybook build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`,
    )
  }
  const server = await serveStatic(outDir)
  project.provide('storybookUrl', server.url)
  return () => server.close()
}
