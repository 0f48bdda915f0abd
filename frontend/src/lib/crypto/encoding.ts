/**
 * Canonical encodings: base64 on the wire and `enc(...)` for every AAD and signed message.
 *
 * `enc(label, f1, ..., fn)` = ASCII `CONSTEL1` then, for the label and each field,
 * `u16be(len) || bytes`. Strings are UTF-8, integers decimal ASCII, ids the lowercase
 * hyphenated UUID text, keys raw bytes. Never JSON.
 *
 * Extension shared with the Python client: a field of 65535 bytes or more is written
 * `ff ff || u32be(len) || bytes` (signatures over large ciphertexts). Shorter fields are
 * unchanged, so every known answer of the spec holds.
 */
import { EncodingError } from './errors'
import { na } from './sodium'

export type Field = string | number | bigint | Uint8Array

const PREFIX = Uint8Array.from('CONSTEL1', (c) => c.charCodeAt(0))
const ESCAPE = 0xffff
const MAX_FIELD = 0xffffffff
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** UTF-8 bytes, copied into this realm's Uint8Array (jsdom's TextEncoder returns a foreign one). */
export const utf8 = (s: string): Uint8Array => new Uint8Array(new TextEncoder().encode(s))
export const fromUtf8 = (b: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(b)

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let pos = 0
  for (const p of parts) {
    out.set(p, pos)
    pos += p.length
  }
  return out
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/** Standard base64 with padding (RFC 4648 section 4), never the URL-safe default. */
export function b64e(data: Uint8Array): string {
  return na().to_base64(data, na().base64_variants.ORIGINAL)
}

/** Strict standard base64 decode; optionally check the decoded length. */
export function b64d(text: string, length?: number): Uint8Array {
  if (typeof text !== 'string') throw new EncodingError('base64 value must be a string')
  let data: Uint8Array
  try {
    data = na().from_base64(text, na().base64_variants.ORIGINAL)
  } catch {
    throw new EncodingError('invalid base64')
  }
  if (b64e(data) !== text) throw new EncodingError('non-canonical base64')
  if (length !== undefined && data.length !== length) {
    throw new EncodingError(`expected ${length} bytes, got ${data.length}`)
  }
  return data
}

/** The lowercase hyphenated UUID text; anything else is refused. */
export function canonicalId(value: string): string {
  if (typeof value !== 'string' || !UUID_RE.test(value)) throw new EncodingError(`invalid id ${String(value)}`)
  return value
}

export function fieldBytes(value: Field): Uint8Array {
  if (value instanceof Uint8Array) return value
  if (typeof value === 'bigint') return utf8(value.toString(10))
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new EncodingError('enc integers must be safe integers')
    return utf8(value.toString(10))
  }
  if (typeof value === 'string') return utf8(value)
  throw new EncodingError('unsupported enc field type')
}

export function enc(label: string, ...fields: Field[]): Uint8Array {
  const parts: Uint8Array[] = [PREFIX]
  for (const item of [label, ...fields]) {
    const data = fieldBytes(item)
    const n = data.length
    if (n < ESCAPE) {
      parts.push(new Uint8Array([n >> 8, n & 0xff]))
    } else if (n <= MAX_FIELD) {
      const head = new Uint8Array(6)
      const view = new DataView(head.buffer)
      view.setUint16(0, ESCAPE)
      view.setUint32(2, n)
      parts.push(head)
    } else {
      throw new EncodingError('enc field too long')
    }
    parts.push(data)
  }
  return concat(...parts)
}

/** Split an enc message into [label, f1, ..., fn] as raw bytes. */
export function dec(data: Uint8Array): Uint8Array[] {
  if (data.length < PREFIX.length || !equalBytes(data.subarray(0, PREFIX.length), PREFIX)) {
    throw new EncodingError('missing CONSTEL1 prefix')
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const parts: Uint8Array[] = []
  let pos = PREFIX.length
  while (pos < data.length) {
    if (pos + 2 > data.length) throw new EncodingError('truncated enc length')
    let n = view.getUint16(pos)
    pos += 2
    if (n === ESCAPE) {
      if (pos + 4 > data.length) throw new EncodingError('truncated enc length')
      n = view.getUint32(pos)
      pos += 4
      if (n < ESCAPE) throw new EncodingError('non-canonical enc length')
    }
    if (pos + n > data.length) throw new EncodingError('truncated enc field')
    parts.push(data.slice(pos, pos + n))
    pos += n
  }
  if (parts.length === 0) throw new EncodingError('empty enc message')
  return parts
}
