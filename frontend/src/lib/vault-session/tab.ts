/**
 * Unlock once per browser tab, not at every reload (README, "Le coffre dans le navigateur").
 *
 * On unlock the account key (UK) is encrypted with a fresh AES-GCM key that WebCrypto
 * generates as non-extractable: no script, ours included, can ever read its bytes. That
 * CryptoKey is kept in IndexedDB (it survives a reload; IndexedDB stores the key object,
 * not its bytes), the encrypted UK in sessionStorage (it dies with the tab). A reload
 * needs both: sessionStorage alone holds only ciphertext, IndexedDB alone holds a key
 * with nothing to open. Locking, signing out and the idle timeout delete both.
 */
const DB_NAME = 'constel-vault'
const STORE = 'tab-keys'
const MARKER = 'constel.vault.tab'

/** What sessionStorage holds for this tab: which IndexedDB key, whose UK, and its ciphertext. */
interface TabMarker {
  id: string
  userId: string
  iv: string
  ct: string
  /** Last activity (ms since epoch): a reload after the idle timeout does not restore. */
  at: number
}

interface StoredKey {
  id: string
  key: CryptoKey
  at: number
}

const b64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes))
const unb64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

function available(): boolean {
  return typeof indexedDB !== 'undefined' && typeof sessionStorage !== 'undefined' && typeof crypto !== 'undefined' && crypto.subtle !== undefined
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' })
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('indexedDB'))
  })
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const request = run(tx.objectStore(STORE))
      tx.oncomplete = () => resolve(request.result)
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB'))
      tx.onabort = () => reject(tx.error ?? new Error('indexedDB'))
    })
  } finally {
    db.close()
  }
}

function readMarker(): TabMarker | null {
  try {
    const raw = sessionStorage.getItem(MARKER)
    return raw ? (JSON.parse(raw) as TabMarker) : null
  } catch {
    return null
  }
}

/** Whether this tab holds a session to restore (checked before showing the unlock form). */
export function tabHasSession(): boolean {
  return available() && readMarker() !== null
}

/** Keep the account key for this tab's reloads; failures only mean unlocking again. */
export async function rememberForTab(userId: string, uk: Uint8Array): Promise<void> {
  if (!available()) return
  try {
    await forgetTab()
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(userId) }, key, new Uint8Array(uk)))
    const id = crypto.randomUUID()
    const now = Date.now()
    await withStore('readwrite', (s) => s.put({ id, key, at: now } satisfies StoredKey))
    sessionStorage.setItem(MARKER, JSON.stringify({ id, userId, iv: b64(iv), ct: b64(ct), at: now } satisfies TabMarker))
  } catch {
    sessionStorage.removeItem(MARKER)
  }
}

/**
 * The account key this tab kept, or null (no session, another person, idle for longer
 * than `idleMs`, or the IndexedDB key gone). Anything unusable is deleted.
 */
export async function recallForTab(userId: string, idleMs: number): Promise<Uint8Array | null> {
  const marker = available() ? readMarker() : null
  if (!marker) return null
  if (marker.userId !== userId || Date.now() - marker.at > idleMs) {
    await forgetTab()
    return null
  }
  try {
    const stored = await withStore<StoredKey | undefined>('readonly', (s) => s.get(marker.id) as IDBRequest<StoredKey | undefined>)
    if (!stored) throw new Error('no key')
    const uk = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: unb64(marker.iv), additionalData: new TextEncoder().encode(userId) },
      stored.key,
      unb64(marker.ct),
    )
    return new Uint8Array(uk)
  } catch {
    await forgetTab()
    return null
  }
}

async function touchStoredKey(id: string, now: number): Promise<void> {
  const stored = await withStore<StoredKey | undefined>('readonly', (s) => s.get(id) as IDBRequest<StoredKey | undefined>)
  if (stored) await withStore('readwrite', (s) => s.put({ ...stored, at: now }))
}

/** Note activity so a reload within the idle timeout restores (throttled by the caller). */
export function touchTab(now = Date.now()): void {
  const marker = available() ? readMarker() : null
  if (!marker) return
  sessionStorage.setItem(MARKER, JSON.stringify({ ...marker, at: now }))
  void touchStoredKey(marker.id, now).catch(() => undefined)
}

/** Delete this tab's key and marker, and keys of tabs idle past `idleMs` (closed tabs). */
export async function forgetTab(idleMs = 15 * 60_000): Promise<void> {
  if (!available()) return
  const marker = readMarker()
  sessionStorage.removeItem(MARKER)
  try {
    const all = await withStore<StoredKey[]>('readonly', (s) => s.getAll() as IDBRequest<StoredKey[]>)
    const stale = all.filter((k) => k.id === marker?.id || Date.now() - k.at > idleMs).map((k) => k.id)
    for (const id of stale) await withStore('readwrite', (s) => s.delete(id))
  } catch {
    // Nothing kept, nothing to delete.
  }
}
