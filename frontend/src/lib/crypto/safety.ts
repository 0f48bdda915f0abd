/**
 * Fingerprints, pair safety numbers and local key pinning.
 * fp = generichash(30, enc("fingerprint", user_id, ed_pk, x_pk)) read as six 5-byte
 * big-endian chunks, each mod 100000, five digits each: 30 digits. The pair's safety
 * number is both people's digits ordered by user_id: 60 digits.
 */
import { enc } from './encoding'
import { KeyChangedError, VerificationError } from './errors'
import { BundleStatus, verifyBundle, type PublicBundle } from './identity'
import { keyringFromJson, keyringToJson, type KeyringJson, type KeyringPin, type PinnedKey } from './keyring'
import { generichash } from './primitives'

export function fingerprint(userId: string, edPk: Uint8Array, xPk: Uint8Array): string {
  const d = generichash(30, enc('fingerprint', userId, edPk, xPk))
  let out = ''
  for (let i = 0; i < 30; i += 5) {
    let n = 0
    for (let j = 0; j < 5; j++) n = n * 256 + (d[i + j] ?? 0)
    out += String(n % 100000).padStart(5, '0')
  }
  return out
}

export const bundleFingerprint = (b: PinnedKey): string => fingerprint(b.userId, b.edPk, b.xPk)

/** 60 digits, identical on both sides (ordered by user_id). */
export function safetyNumber(a: PinnedKey, b: PinnedKey): string {
  const [first, second] = a.userId < b.userId ? [a, b] : [b, a]
  return bundleFingerprint(first) + bundleFingerprint(second)
}

export const formatDigits = (digits: string, group = 5): string => (digits.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(' ')

/**
 * Keys this client trusts, per person, as held in the keyring. First sight pins
 * (unverified); a rotation signed by the pinned key replaces it; any other change is
 * remembered as pending and refused by require() until accept(). `onChange` runs after
 * every change of the pins so the owner can write the keyring.
 */
export class KeyPins {
  private pins = new Map<string, KeyringPin>()
  private changes = new Map<string, PublicBundle>()
  onChange: (() => void) | null = null

  constructor(pins: Record<string, KeyringPin> = {}) {
    for (const [uid, p] of Object.entries(pins)) this.pins.set(uid, { ...p })
  }

  private set(pin: KeyringPin): void {
    this.pins.set(pin.userId, pin)
    this.onChange?.()
  }

  observe(bundle: PublicBundle): BundleStatus {
    const pin = this.pins.get(bundle.userId)
    const status = verifyBundle(bundle, pin)
    if (status === BundleStatus.NEW) this.set(pinOf(bundle, false, null))
    else if (status === BundleStatus.ROTATED && pin) this.set(pinOf(bundle, pin.verified, pin.verifiedAt))
    if (status === BundleStatus.CHANGED) this.changes.set(bundle.userId, bundle)
    else this.changes.delete(bundle.userId)
    return status
  }

  /** The bundle once it matches the pin (first sight pins it); KeyChangedError otherwise. */
  require(bundle: PublicBundle): PublicBundle {
    if (this.observe(bundle) === BundleStatus.CHANGED) {
      throw new KeyChangedError(`key of ${bundle.userId} changed; accept it before use`)
    }
    return bundle
  }

  pinned(userId: string): PinnedKey {
    const pin = this.pins.get(userId)
    if (!pin) throw new VerificationError(`no pinned key for ${userId}`)
    return pin
  }

  has(userId: string): boolean {
    return this.pins.has(userId)
  }

  /** People pinned in this keyring. */
  people(): string[] {
    return [...this.pins.keys()]
  }

  /** A changed key seen for this person and not accepted yet. */
  pendingChange(userId: string): PublicBundle | undefined {
    return this.changes.get(userId)
  }

  pendingChanges(): PublicBundle[] {
    return [...this.changes.values()]
  }

  /** The person accepted this key (after comparing): pin it, unverified. */
  accept(bundle: PublicBundle): void {
    verifyBundle(bundle)
    this.changes.delete(bundle.userId)
    this.set(pinOf(bundle, false, null))
  }

  /** Replace every pin (a keyring reloaded and merged after a conflict); no onChange. */
  load(pins: Record<string, KeyringPin>): void {
    this.pins = new Map(Object.entries(pins).map(([uid, p]) => [uid, { ...p }]))
    for (const [uid, bundle] of this.changes) if (verifyBundle(bundle, this.pins.get(uid)) !== BundleStatus.CHANGED) this.changes.delete(uid)
  }

  markVerified(userId: string, at: string = new Date().toISOString()): void {
    const pin = this.pins.get(userId)
    if (pin) this.set({ ...pin, verified: true, verifiedAt: at })
  }

  isVerified(userId: string): boolean {
    return this.pins.get(userId)?.verified ?? false
  }

  verifiedAt(userId: string): string | null {
    return this.pins.get(userId)?.verifiedAt ?? null
  }

  toKeyring(): Record<string, KeyringPin> {
    return Object.fromEntries([...this.pins].map(([uid, p]) => [uid, { ...p }]))
  }

  toJson(): KeyringJson['pins'] {
    return keyringToJson({ pins: this.toKeyring(), epochs: {} }).pins
  }

  static fromJson(data: KeyringJson['pins']): KeyPins {
    return new KeyPins(keyringFromJson({ v: 1, pins: data, epochs: {} }).pins)
  }
}

function pinOf(bundle: PublicBundle, verified: boolean, verifiedAt: string | null): KeyringPin {
  return { userId: bundle.userId, keyVersion: bundle.keyVersion, xPk: bundle.xPk, edPk: bundle.edPk, verified, verifiedAt }
}

/** What the QR code of the safety number holds: constel-sn:1: then the 60 digits. */
export const safetyNumberUri = (digits: string): string => `constel-sn:1:${digits.replace(/\s/g, '')}`

/** The 60 digits from a scanned or typed QR payload or digit string; null when it is neither. */
export function parseSafetyNumber(text: string): string | null {
  const t = text.trim()
  const digits = t.startsWith('constel-sn:1:') ? t.slice('constel-sn:1:'.length) : t.replace(/\s/g, '')
  return /^\d{60}$/.test(digits) ? digits : null
}
