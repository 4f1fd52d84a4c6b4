// Hostile-input-safe reads. Bodies and errors come from gateways, proxies and user code: getters and Proxy traps
// may throw, values may be any type. Every read in core goes through these helpers, so `classify` stays total.

/** Longest server string kept, in characters. Longer text is cut: nothing customer-facing needs more. */
export const MAX_TEXT = 2000

export type Bag = Record<string, unknown>

export function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null
}

/** `value[key]`, or undefined when `value` is not an object or the read throws. Own and inherited data only. */
export function prop(value: unknown, key: string): unknown {
  if (!isBag(value)) return undefined
  try {
    return value[key]
  } catch {
    return undefined
  }
}

/** Reads a path of keys, e.g. `path(body, 'Errors', 'Error')`. */
export function path(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) current = prop(current, key)
  return current
}

/** A non-empty string from a string, number or boolean; undefined otherwise. Cut to MAX_TEXT. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    // Cut before trimming: trimming scans all the whitespace at either end, and a string can be a megabyte of it.
    const trimmed = value.slice(0, 2 * MAX_TEXT).trim()
    return trimmed ? trimmed.slice(0, MAX_TEXT) : undefined
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return String(value)
  return undefined
}

/** The first of `keys` that holds text. */
export function firstText(value: unknown, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const found = text(prop(value, key))
    if (found !== undefined) return found
  }
  return undefined
}

/** An integer status from a number or a numeric string, within 100-599. */
export function statusOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{3}$/.test(value.trim()) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 599
    ? number
    : undefined
}

/** `true`/`false` from a boolean or the strings "true"/"false" (any case). */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase()
    if (lower === 'true') return true
    if (lower === 'false') return false
  }
  return undefined
}

/** Most items read from any list in a body; a 200,000-entry error map costs no more than this. */
export const MAX_ITEMS = 50

/** Items of an array, or the value itself as a one-item list (APIs send one error as an object, several as an array). */
export function items(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) return [value]
  try {
    return value.slice(0, MAX_ITEMS)
  } catch {
    return []
  }
}

/** Up to MAX_ITEMS own enumerable [key, value] pairs, keys cut to MAX_TEXT, without running more getters. */
export function entries(value: unknown): [string, unknown][] {
  if (!isBag(value) || Array.isArray(value)) return []
  const result: [string, unknown][] = []
  try {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      result.push([key.slice(0, MAX_TEXT), prop(value, key)])
      if (result.length >= MAX_ITEMS) break
    }
  } catch {
    // A Proxy whose ownKeys trap throws: keep what was read.
  }
  return result
}

/** The entries of `value` that are not undefined, so optional properties stay absent (exactOptionalPropertyTypes). */
export function compact<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const result: Partial<Record<keyof T, unknown>> = {}
  for (const key in value) if (value[key] !== undefined) result[key] = value[key]
  return result as { [K in keyof T]?: Exclude<T[K], undefined> }
}
