// The workspace's publishable packages, shared by the scripts in this folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const repoRoot = join(import.meta.dirname, '..')

/**
 * @typedef {{
 *   name: string
 *   private?: boolean
 *   dependencies?: Record<string, string>
 *   peerDependencies?: Record<string, string>
 *   exports?: Record<string, unknown>
 * }} Manifest
 * @typedef {{ name: string, dir: string, manifest: Manifest }} WorkspacePackage
 */

/** @returns {WorkspacePackage[]} every non-private package under packages/, sorted by folder */
export function listPackages() {
  const packagesDir = join(repoRoot, 'packages')
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')),
    )
    .map((entry) => {
      const dir = join(packagesDir, entry.name)
      const manifest = /** @type {Manifest} */ (
        JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      )
      return { name: manifest.name, dir, manifest }
    })
    .filter((workspacePackage) => workspacePackage.manifest.private !== true)
    .sort((a, b) => a.dir.localeCompare(b.dir))
}

/** @param {WorkspacePackage} workspacePackage */
export function isBuilt(workspacePackage) {
  return existsSync(join(workspacePackage.dir, 'dist', 'index.js'))
}
