// A small, bounded reader for the XML error bodies some payment APIs send (Mastercard answers in XML when asked to):
// elements and text only. No DOMParser (core runs in Node and workers too), no entities beyond the five predefined,
// no DTDs. Input length, element count and depth are capped, so a hostile body costs no more than a small one.

/** Longest XML text read, in characters. */
export const MAX_XML_CHARS = 16_384
/** Most elements read; a body with more is not read at all. */
export const MAX_XML_ELEMENTS = 400
/** Deepest nesting read. */
export const MAX_XML_DEPTH = 16
/** Most tokens (tags, text runs, comments) read: each costs at most one scan of the text. */
const MAX_XML_TOKENS = 4 * MAX_XML_ELEMENTS

/** An element's value: its text when it has no child elements, else its children by name (a list when repeated). */
export type XmlValue = string | { [name: string]: XmlValue | XmlValue[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
}

// One token: a comment, a processing instruction or declaration, a CDATA section, a tag, or text.
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!(?:[^>]*)>|<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)(?:\s[^<>]*?)?(\/?)>|([^<]+)/gy

interface Frame {
  name: string
  children: { [name: string]: XmlValue | XmlValue[] }
  hasChildren: boolean
  text: string
}

function add(frame: Frame, name: string, value: XmlValue): void {
  const existing = frame.children[name]
  if (existing === undefined) frame.children[name] = value
  else if (Array.isArray(existing)) existing.push(value)
  else frame.children[name] = [existing, value]
  frame.hasChildren = true
}

function valueOf(frame: Frame): XmlValue {
  return frame.hasChildren ? frame.children : frame.text.trim()
}

/**
 * Reads an XML document into `{ rootName: value }`, e.g. `<Errors><Error><Source>x</Source></Error></Errors>` into
 * `{ Errors: { Error: { Source: 'x' } } }`; a repeated element becomes a list. Attributes are ignored. Returns
 * undefined for anything that is not one well-formed element within the bounds. Never throws.
 */
export function readXml(text: string): { [name: string]: XmlValue } | undefined {
  if (text.length > MAX_XML_CHARS) return undefined
  const stack: Frame[] = []
  let root: { [name: string]: XmlValue } | undefined
  let elements = 0
  let tokens = 0
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < text.length) {
    if (++tokens > MAX_XML_TOKENS) return undefined
    const match = TOKEN.exec(text)
    if (match === null) return undefined
    const [, cdata, closing, name, selfClosing, plain] = match
    const current = stack[stack.length - 1]
    if (plain !== undefined || cdata !== undefined) {
      // Text outside the root element may only be white space.
      if (current) current.text += cdata ?? decode(plain ?? '')
      else if ((plain ?? cdata ?? '').trim()) return undefined
      continue
    }
    if (name === undefined) continue // a comment, declaration or processing instruction
    if (closing) {
      if (!current || current.name !== name) return undefined
      stack.pop()
      const parent = stack[stack.length - 1]
      if (parent) add(parent, name, valueOf(current))
      else root = { [name]: valueOf(current) }
      continue
    }
    if (root !== undefined || ++elements > MAX_XML_ELEMENTS || stack.length >= MAX_XML_DEPTH) {
      return undefined
    }
    const frame: Frame = { name, children: {}, hasChildren: false, text: '' }
    if (!selfClosing) {
      stack.push(frame)
      continue
    }
    if (current) add(current, name, '')
    else root = { [name]: '' }
  }
  return stack.length === 0 ? root : undefined
}
