/**
 * The signed-in person's unlocked vault: private keys, account key, pinned public keys
 * (from the keyring) and pair keys, in memory. A reload within the same tab restores it
 * from ./tab (no passphrase again); signing out, "Verrouiller" and 15 minutes without
 * activity lock it. Screens read it through `useVault()` / `useVaultState()`; operations
 * live in ./operations.
 */
import { useSyncExternalStore } from 'react'
import { getAccessToken, subscribeAccessToken } from '@/api/token'
import { KeyPins, MIB, PRODUCTION_FLOOR, PairKeyRing, type Identity, type KdfFloor, type PublicBundle } from '@/lib/crypto'

/** The keyring as this session holds it (docs/protocol.md, "The keyring"). */
export interface KeyringState {
  /** keyring_version last stored (0: none yet). */
  version: number
  /** Highest epoch seen per pair, as saved in the keyring. */
  epochs: Record<string, number>
  /** The server served an older keyring than this browser's copy. */
  rolledBack: boolean
}

export interface VaultKeys {
  identity: Identity
  uk: Uint8Array
  bundle: PublicBundle
  pins: KeyPins
  ring: PairKeyRing
  keyring: KeyringState
}

/** Why the vault is locked: never opened, locked by the person, idle, or signed out. */
export type LockReason = 'none' | 'manual' | 'idle' | 'signedOut'

export interface VaultState {
  keys: VaultKeys | null
  /** A reload is bringing this tab's session back: show a wait, not the unlock form. */
  restoring: boolean
  lockReason: LockReason
  /** Bumped whenever pins change (a key change seen, accepted, verified). */
  trustVersion: number
}

let keys: VaultKeys | null = null
let state: VaultState = { keys: null, restoring: false, lockReason: 'none', trustVersion: 0 }
const listeners = new Set<() => void>()
const lockHooks = new Set<() => void>()

function notify(): void {
  state = { ...state, keys }
  listeners.forEach((listener) => listener())
}

export function setUnlocked(next: VaultKeys): void {
  keys = next
  state = { ...state, restoring: false, lockReason: 'none' }
  notify()
  startIdleWatch()
}

export function setRestoring(restoring: boolean): void {
  state = { ...state, restoring }
  notify()
}

/** Screens showing trust (banner, safety number) re-read after any pin change. */
export function trustChanged(): void {
  state = { ...state, trustVersion: state.trustVersion + 1 }
  notify()
}

/** Run on every lock (./operations forgets the tab's kept key). */
export function onLock(hook: () => void): void {
  lockHooks.add(hook)
}

/** Forget every key this tab holds. */
export function lockVault(reason: LockReason = 'manual'): void {
  if (keys) {
    keys.uk.fill(0)
    keys.identity.xSk.fill(0)
    keys.identity.edSeed.fill(0)
  }
  keys = null
  stopIdleWatch()
  lockHooks.forEach((hook) => hook())
  state = { ...state, restoring: false, lockReason: reason }
  notify()
}

// ---- auto-lock after inactivity --------------------------------------------------------

export const IDLE_LOCK_MS = 15 * 60_000

declare global {
  interface Window {
    /** Browser tests only: a shorter idle timeout (never a longer one). */
    __constelVaultIdleMs?: number
  }
}

/** 15 minutes, or less when a browser test asks for it through window.__constelVaultIdleMs. */
export function idleTimeoutMs(): number {
  const hook = typeof window === 'undefined' ? undefined : window.__constelVaultIdleMs
  return typeof hook === 'number' && hook > 0 ? Math.min(hook, IDLE_LOCK_MS) : IDLE_LOCK_MS
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const
let lastActivity = 0
let idleTimer: ReturnType<typeof setInterval> | null = null
let activityHook: ((at: number) => void) | null = null

/** ./operations records activity for the tab's reload marker (throttled to once a minute). */
export function onActivity(hook: (at: number) => void): void {
  activityHook = hook
}

let lastReported = 0
function activity(): void {
  lastActivity = Date.now()
  if (lastActivity - lastReported > Math.min(60_000, idleTimeoutMs() / 4)) {
    lastReported = lastActivity
    activityHook?.(lastActivity)
  }
}

/** Leaving or reloading the page: note when the person was last active, for the reload. */
function pageHide(): void {
  if (keys) activityHook?.(lastActivity)
}

function startIdleWatch(): void {
  if (typeof window === 'undefined' || idleTimer !== null) return
  lastActivity = Date.now()
  for (const event of ACTIVITY) window.addEventListener(event, activity, { passive: true, capture: true })
  window.addEventListener('pagehide', pageHide)
  const timeout = idleTimeoutMs()
  idleTimer = setInterval(() => {
    if (keys && Date.now() - lastActivity >= timeout) lockVault('idle')
  }, Math.max(250, Math.min(30_000, timeout / 10)))
}

function stopIdleWatch(): void {
  if (idleTimer === null) return
  clearInterval(idleTimer)
  idleTimer = null
  for (const event of ACTIVITY) window.removeEventListener(event, activity, { capture: true })
  window.removeEventListener('pagehide', pageHide)
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

const vaultState = (): VaultState => state

/** Keys plus whether a reload is restoring them, why the vault locked, and pin changes. */
export function useVaultState(): VaultState {
  return useSyncExternalStore(subscribe, vaultState, vaultState)
}

let signedIn = false
// Signing out (or the session expiring) locks the vault; a token arriving after a reload
// lets ./operations restore this tab's session.
const tokenHooks = new Set<(token: string) => void>()
export function onSignedIn(hook: (token: string) => void): void {
  tokenHooks.add(hook)
  // This module loads lazily (with the first page that needs the vault): the person may
  // already be signed in by then.
  const token = getAccessToken()
  if (token) {
    signedIn = true
    queueMicrotask(() => hook(token))
  }
}
subscribeAccessToken((token) => {
  if (token === null) {
    if (signedIn || keys) lockVault('signedOut')
    signedIn = false
    return
  }
  const first = !signedIn
  signedIn = true
  if (first) tokenHooks.forEach((hook) => hook(token))
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
