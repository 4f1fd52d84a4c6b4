import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveStatic } from './serveStatic.js'

// The end-to-end suites drive the *built* Storybook, as a reviewer opens it: built once per run into a folder of its
// own (a few seconds; never stale, never the developer's own storybook-static/, never rebuilt under another run),
// then served on localhost, where the MSW service worker may register (a secure context; file:// is not).

const root = join(import.meta.dirname, '../../..')

declare module 'vitest' {
  export interface ProvidedContext {
    storybookUrl: string
  }
}

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'recourse-e2e-storybook-'))
  const build = spawnSync(
    'pnpm',
    ['exec', 'storybook', 'build', '--quiet', '--disable-telemetry', '-o', outDir],
    { cwd: root, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
  )
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true })
    throw new Error(
      `storybook build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`,
    )
  }
  const server = await serveStatic(outDir)
  project.provide('storybookUrl', server.url)
  return async () => {
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}
