import { entries, firstText, isBag, items, MAX_TEXT, prop, text } from './access.js'
import type { FieldError } from './types.js'

/**
 * A JSON Pointer (RFC 6901, as RFC 9457 `errors[].pointer` uses it) as a field path:
 * `#/profile/color` -> `profile.color`, `/items/0/name` -> `items[0].name`.
 */
export function pointerToPath(pointer: string): string {
  let value = pointer.startsWith('#') ? pointer.slice(1) : pointer
  try {
    value = decodeURIComponent(value)
  } catch {
    // Not percent-encoded after all: keep it as sent.
  }
  let result = ''
  for (const raw of value.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    result += /^\d+$/.test(segment) ? `[${segment}]` : result ? `.${segment}` : segment
  }
  return result || value
}

const FIELD_KEYS = [
  'field',
  'param',
  'parameter',
  'path',
  'name',
  'property',
  'propertyName',
  'key',
  'loc',
]
const MESSAGE_KEYS = [
  'message',
  'msg',
  'detail',
  'reason',
  'description',
  'title',
  'defaultMessage',
]

function fieldOf(item: unknown): string | undefined {
  const pointer = firstText(item, 'pointer')
  if (pointer !== undefined) return pointerToPath(pointer)
  for (const key of FIELD_KEYS) {
    const value = prop(item, key)
    // FastAPI/pydantic send `loc` as a list: ["body", "card", "number"].
    if (Array.isArray(value)) {
      const segments = items(value)
        .map(text)
        .filter((part) => part !== undefined && part !== 'body')
      if (segments.length) return segments.join('.').slice(0, MAX_TEXT)
    }
    const found = text(value)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * Field errors from the common shapes: a list of `{ field|param|pointer|name|..., message|detail|reason, code }`,
 * or a map of field -> message (or list of messages), as Mangopay and ASP.NET send them.
 */
export function readFieldErrors(value: unknown): FieldError[] {
  const fields: FieldError[] = []
  if (Array.isArray(value)) {
    for (const item of items(value)) {
      const field = fieldOf(item)
      if (field === undefined) continue
      const code = firstText(item, 'code', 'type', 'rule')
      fields.push({
        field,
        ...(code === undefined ? {} : { code }),
        message: firstText(item, ...MESSAGE_KEYS) ?? '',
      })
    }
    return fields
  }
  if (!isBag(value)) return fields
  for (const [field, message] of entries(value)) {
    const found =
      text(message) ?? text(items(message)[0]) ?? firstText(items(message)[0], ...MESSAGE_KEYS)
    fields.push({ field, message: found ?? '' })
  }
  return fields
}
