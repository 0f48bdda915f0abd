/**
 * The libsodium sumo build (Argon2id is only in sumo). Its functions exist only after
 * `await sodium.ready`: call `cryptoReady()` once before using this module.
 */
import sodium from 'libsodium-wrappers-sumo'

let isReady = false

export async function cryptoReady(): Promise<void> {
  await sodium.ready
  isReady = true
}

export function na(): typeof sodium {
  if (!isReady) throw new Error('crypto module used before cryptoReady()')
  return sodium
}
