/**
 * Constel end-to-end encryption protocol, version 1.1 (writes 1.1, reads 1.0 and 1.1), libsodium sumo.
 * Call `await cryptoReady()` once before anything else. The Python client
 * (src/constel_client/crypto) implements the same protocol byte for byte.
 */
export * from './account'
export * from './argon2'
export * from './encoding'
export * from './errors'
export * from './files'
export * from './identity'
export * from './keyring'
export * from './pairkeys'
export * from './payloads'
export * from './primitives'
export * from './records'
export * from './recovery'
export * from './safety'
export { cryptoReady } from './sodium'
