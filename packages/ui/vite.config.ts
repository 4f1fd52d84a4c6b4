import { defineConfig } from 'vite'
import { libraryConfig } from '../../config/viteLibrary.ts'

export default defineConfig(
  libraryConfig({
    packageDir: import.meta.dirname,
    entries: { index: 'src/index.ts' },
    react: true,
  }),
)
