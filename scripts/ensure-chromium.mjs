// Story tests run in Debian's Chromium (Playwright cannot download its own browser here). Exits 0
// at once when the binary is present; as root, installs it with apt-get; otherwise says how to.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import process from 'node:process'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (existsSync(chromiumPath)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!isRoot) {
  console.error(
    [
      `Chromium not found at ${chromiumPath}: the story tests (vitest project "stories") need it.`,
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  )
  process.exit(1)
}

console.log(`Chromium not found at ${chromiumPath}: installing Debian's chromium package.`)
const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
})
if (result.status !== 0) {
  console.error(`apt-get failed (exit ${String(result.status ?? result.signal)}).`)
  process.exit(1)
}
if (!existsSync(chromiumPath)) {
  console.error(
    `chromium was installed but ${chromiumPath} still does not exist: set CHROMIUM_PATH to its binary.`,
  )
  process.exit(1)
}
console.log(`Chromium installed at ${chromiumPath}.`)
