/**
 * Recovery key: 32 random bytes shown once, in a form a person can copy by hand.
 *
 * Display format (version 1), identical to the Python client:
 *   CR1-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX
 * - `CR1` names the format version; another version is refused (UnknownVersionError).
 * - The 14 groups of 4 are Crockford base32 (0-9 A-Z without I L O U) of 35 bytes:
 *   the key then a 3-byte checksum BLAKE2b-24(enc("recovery-check", key)).
 * - Parsing ignores case, spaces and hyphens and reads O as 0 and I/L as 1; a changed,
 *   missing or swapped character fails the checksum (probability 1 - 2^-24).
 */
import { enc } from './encoding'
import { RecoveryKeyError, UnknownVersionError } from './errors'
import { KEY_BYTES, generichash } from './primitives'

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const PREFIX = 'CR1'
const CHECK_BYTES = 3
const GROUP = 4
const CHARS = ((KEY_BYTES + CHECK_BYTES) * 8) / 5 // 56

const checksum = (key: Uint8Array): Uint8Array => generichash(CHECK_BYTES, enc('recovery-check', key))

function decodeChar(ch: string): number {
  if (ch === 'O') return 0
  if (ch === 'I' || ch === 'L') return 1
  const i = ALPHABET.indexOf(ch)
  if (i < 0) throw new RecoveryKeyError(`invalid character ${JSON.stringify(ch)} in recovery key`)
  return i
}

export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new RecoveryKeyError('recovery key must be 32 bytes')
  let n = 0n
  for (const byte of [...key, ...checksum(key)]) n = (n << 8n) | BigInt(byte)
  const chars: string[] = []
  for (let i = CHARS - 1; i >= 0; i--) chars.push(ALPHABET[Number((n >> BigInt(5 * i)) & 31n)] ?? '')
  const groups: string[] = []
  for (let i = 0; i < CHARS; i += GROUP) groups.push(chars.slice(i, i + GROUP).join(''))
  return [PREFIX, ...groups].join('-')
}

export function parseRecoveryKey(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s-]/g, '')
  if (!clean.startsWith('CR') || clean.length < 3) throw new RecoveryKeyError('not a Constel recovery key')
  if (clean[2] !== PREFIX[2]) throw new UnknownVersionError(`unknown recovery key version ${clean[2] ?? ''}`)
  const body = clean.slice(3)
  if (body.length !== CHARS) throw new RecoveryKeyError(`recovery key must have ${CHARS} characters, got ${body.length}`)
  let n = 0n
  for (const ch of body) n = (n << 5n) | BigInt(decodeChar(ch))
  const raw = new Uint8Array(KEY_BYTES + CHECK_BYTES)
  for (let i = raw.length - 1; i >= 0; i--) {
    raw[i] = Number(n & 0xffn)
    n >>= 8n
  }
  const key = raw.slice(0, KEY_BYTES)
  const check = raw.slice(KEY_BYTES)
  const want = checksum(key)
  if (!want.every((b, i) => b === check[i])) throw new RecoveryKeyError('recovery key checksum does not match (typo?)')
  return key
}
