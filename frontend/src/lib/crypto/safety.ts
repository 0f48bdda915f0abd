/**
 * Fingerprints, pair safety numbers and local key pinning.
 * fp = generichash(30, enc("fingerprint", user_id, ed_pk, x_pk)) read as six 5-byte
 * big-endian chunks, each mod 100000, five digits each: 30 digits. The pair's safety
 * number is both people's digits ordered by user_id: 60 digits.
 */
import { enc } from './encoding'
import { KeyChangedError, VerificationError } from './errors'
import { BundleStatus, bundleFromJson, bundleToJson, verifyBundle, type PublicBundle, type PublicBundleJson } from './identity'
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

export const bundleFingerprint = (b: PublicBundle): string => fingerprint(b.userId, b.edPk, b.xPk)

/** 60 digits, identical on both sides (ordered by user_id). */
export function safetyNumber(a: PublicBundle, b: PublicBundle): string {
  const [first, second] = a.userId < b.userId ? [a, b] : [b, a]
  return bundleFingerprint(first) + bundleFingerprint(second)
}

export const formatDigits = (digits: string, group = 5): string => (digits.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(' ')

interface Pin {
  bundle: PublicBundle
  verified: boolean
}

export type KeyPinsJson = Record<string, { bundle: PublicBundleJson; verified: boolean }>

/**
 * Keys this client trusts, per person. First sight pins (unverified); a rotation signed by
 * the pinned key replaces it; any other change is refused by require() until accept().
 */
export class KeyPins {
  private pins = new Map<string, Pin>()

  observe(bundle: PublicBundle): BundleStatus {
    const pin = this.pins.get(bundle.userId)
    const status = verifyBundle(bundle, pin?.bundle)
    if (status === BundleStatus.NEW) this.pins.set(bundle.userId, { bundle, verified: false })
    else if (status === BundleStatus.ROTATED && pin) this.pins.set(bundle.userId, { bundle, verified: pin.verified })
    return status
  }

  require(bundle: PublicBundle): PublicBundle {
    if (this.observe(bundle) === BundleStatus.CHANGED) {
      throw new KeyChangedError(`key of ${bundle.userId} changed; accept it before use`)
    }
    return this.pinned(bundle.userId)
  }

  pinned(userId: string): PublicBundle {
    const pin = this.pins.get(userId)
    if (!pin) throw new VerificationError(`no pinned key for ${userId}`)
    return pin.bundle
  }

  accept(bundle: PublicBundle): void {
    verifyBundle(bundle)
    this.pins.set(bundle.userId, { bundle, verified: false })
  }

  markVerified(userId: string): void {
    const pin = this.pins.get(userId)
    if (pin) pin.verified = true
  }

  isVerified(userId: string): boolean {
    return this.pins.get(userId)?.verified ?? false
  }

  toJson(): KeyPinsJson {
    const out: KeyPinsJson = {}
    for (const [uid, p] of this.pins) out[uid] = { bundle: bundleToJson(p.bundle), verified: p.verified }
    return out
  }

  static fromJson(data: KeyPinsJson): KeyPins {
    const pins = new KeyPins()
    for (const [uid, item] of Object.entries(data)) pins.pins.set(uid, { bundle: bundleFromJson(item.bundle), verified: item.verified })
    return pins
  }
}
