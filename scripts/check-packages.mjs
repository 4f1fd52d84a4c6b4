// Lints every built package as it would be published: publint (package.json vs files) and
// are-the-types-wrong (types resolve for ESM consumers under node16 and bundler resolution).
import { spawnSync } from 'node:child_process'
import { isBuilt, listPackages } from './packages.mjs'

const packages = listPackages()
const unbuilt = packages.filter((workspacePackage) => !isBuilt(workspacePackage))
if (unbuilt.length > 0) {
  console.error(`Not built: ${unbuilt.map((p) => p.name).join(', ')}. Run \`pnpm build\` first.`)
  process.exit(1)
}

/**
 * @param {import('./packages.mjs').WorkspacePackage} workspacePackage
 * @returns {string[]}
 */
function cssEntrypoints(workspacePackage) {
  const exportsMap = workspacePackage.manifest.exports ?? {}
  return Object.keys(exportsMap).filter((entry) => entry.endsWith('.css'))
}

/** @type {string[]} */
const failed = []
for (const workspacePackage of packages) {
  console.log(`\n=== ${workspacePackage.name}`)
  /** @type {Array<[command: string, args: string[]]>} */
  const checks = [
    ['publint', ['run', workspacePackage.dir, '--strict']],
    // The packages ship ESM only, so CommonJS resolution is out of scope. Stylesheets (`./styles.css`) are no
    // module: attw has no types to check there (publint still checks the file exists).
    [
      'attw',
      [
        '--pack',
        workspacePackage.dir,
        '--profile',
        'esm-only',
        ...cssEntrypoints(workspacePackage).flatMap((entry) => ['--exclude-entrypoints', entry]),
      ],
    ],
  ]
  for (const [command, args] of checks) {
    const result = spawnSync(command, args, { stdio: 'inherit' })
    if (result.status !== 0) failed.push(`${workspacePackage.name}: ${command}`)
  }
}

if (failed.length > 0) {
  console.error(`\ncheck-packages failed:\n  ${failed.join('\n  ')}`)
  process.exit(1)
}
console.log(`\ncheck-packages: ${packages.length} packages passed publint --strict and attw.`)
