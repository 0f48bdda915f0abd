/**
 * The signed-in person's unlocked vault: private keys, account key, pinned public keys
 * and pair keys, in memory only (never storage). Locked on sign-out and on reload.
 * Screens read it through `useVault()`; operations live in ./operations.
 */
import { useSyncExternalStore } from 'react'
import { subscribeAccessToken } from '@/api/token'
import { KeyPins, MIB, PRODUCTION_FLOOR, PairKeyRing, type Identity, type KdfFloor, type PublicBundle } from '@/lib/crypto'

export interface VaultKeys {
  identity: Identity
  uk: Uint8Array
  bundle: PublicBundle
  pins: KeyPins
  ring: PairKeyRing
}

let keys: VaultKeys | null = null
const listeners = new Set<() => void>()

function notify(): void {
  listeners.forEach((listener) => listener())
}

export function setUnlocked(next: VaultKeys): void {
  keys = next
  notify()
}

/** Forget every key this tab holds. */
export function lockVault(): void {
  if (keys) {
    keys.uk.fill(0)
    keys.identity.xSk.fill(0)
    keys.identity.edSeed.fill(0)
  }
  keys = null
  notify()
}

export function vaultKeys(): VaultKeys | null {
  return keys
}

export function requireKeys(): VaultKeys {
  if (!keys) throw new Error('vault is locked')
  return keys
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The unlocked keys, or null while the vault is locked. */
export function useVault(): VaultKeys | null {
  return useSyncExternalStore(subscribe, vaultKeys, vaultKeys)
}

// Signing out (or the session expiring) locks the vault.
subscribeAccessToken((token) => {
  if (token === null && keys) lockVault()
})

/**
 * Argon2id cost this client uses and the lowest it accepts. Production values are fixed
 * here; only tests lower them (configureVaultForTests), never the server.
 */
export interface VaultConfig {
  floor: KdfFloor
  ops: number
  mem: number
}

const PRODUCTION: VaultConfig = { floor: PRODUCTION_FLOOR, ops: 3, mem: 64 * MIB }
let config: VaultConfig = PRODUCTION

export function vaultConfig(): VaultConfig {
  return config
}

/** Unit tests only: a cheap Argon2 floor. Refused outside Vitest. */
export function configureVaultForTests(next: VaultConfig | null): void {
  if (import.meta.env.MODE !== 'test') throw new Error('the Argon2 floor is fixed outside tests')
  config = next ?? PRODUCTION
}
