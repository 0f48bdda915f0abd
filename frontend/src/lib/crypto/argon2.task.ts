/** The Argon2id job run inside the Web Worker; plain function so Node tests call it directly. */
import { CryptoError } from './errors'
import { argon2id, type KdfFloor, type KdfParams } from './primitives'
import { cryptoReady } from './sodium'

export interface Argon2Request {
  passphrase: string
  params: KdfParams
  floor: KdfFloor
}

export type Argon2Response = { ok: true; key: Uint8Array } | { ok: false; errorName: string; message: string }

export async function runArgon2Task(req: Argon2Request): Promise<Argon2Response> {
  try {
    await cryptoReady()
    return { ok: true, key: argon2id(req.passphrase, req.params, req.floor) }
  } catch (e) {
    const err = e instanceof Error ? e : new CryptoError(String(e))
    return { ok: false, errorName: err.name, message: err.message }
  }
}
