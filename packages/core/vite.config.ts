import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vite'
import { libraryConfig } from '../../config/viteLibrary.ts'

const packageDir = import.meta.dirname

// Every catalog in src/locales/ is its own entry, published as `@recourse/core/locales/<name>`.
const localeEntries = Object.fromEntries(
  readdirSync(join(packageDir, 'src/locales'))
    .filter((file) => /^[\w-]+\.ts$/.test(file))
    .map((file) => {
      const name = file.replace(/\.ts$/, '')
      return [`locales/${name}`, `src/locales/${file}`]
    }),
)

export default defineConfig(
  libraryConfig({
    packageDir,
    entries: { index: 'src/index.ts', ...localeEntries },
  }),
)
