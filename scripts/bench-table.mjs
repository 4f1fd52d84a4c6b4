// Prints the sections of `pnpm bench` as aligned text tables: the first column left-aligned, the others right.

/**
 * @param {string} title
 * @param {readonly string[]} header
 * @param {ReadonlyArray<readonly string[]>} rows
 * @param {readonly string[]} [notes] lines printed under the table
 */
export function printTable(title, header, rows, notes = []) {
  const table = [header, ...rows]
  const widths = header.map((_, column) =>
    Math.max(...table.map((cells) => (cells[column] ?? '').length)),
  )
  /** @param {readonly string[]} cells */
  const line = (cells) =>
    widths
      .map((width, column) => {
        const cell = cells[column] ?? ''
        return column === 0 ? cell.padEnd(width) : cell.padStart(width)
      })
      .join('  ')
      .trimEnd()
  console.log(`\n${title}\n`)
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const cells of rows) console.log(line(cells))
  if (notes.length > 0) console.log('')
  for (const note of notes) console.log(note)
}

/** @param {number} value @param {number} [digits] */
export function formatNumber(value, digits = 0) {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
}

/** @param {boolean} met */
export const verdict = (met) => (met ? 'met' : 'MISSED')
