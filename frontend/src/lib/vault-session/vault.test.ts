/**
 * The vault protocol as the SPA runs it, with real libsodium (low Argon2 floor set in
 * the client for tests): set up, lock, unlock, create epoch 1, write an objective as
 * the mentee, read it as the mentor; the server never sees the wording.
 */
import { setAccessToken } from '@/api/token'
import { KeyChangedError, RollbackError, VerificationError, bundleToJson, createIdentity, kdfFloor } from '@/lib/crypto'
import { fakeVaultServer } from './fakeVaultServer'
import {
  acceptPartnerKey,
  changeVaultPassphrase,
  configureVaultForTests,
  ensurePairKey,
  markPartnerVerified,
  partnerTrust,
  recordLinkCheck,
  listRecords,
  lockVault,
  pairSafetyNumber,
  setUpVault,
  unlockVault,
  vaultKeys,
  writeRecord,
} from './index'

const MENTOR = '0b9a8c7d-0000-4000-8000-000000000003'
const MENTEE = '0b9a8c7d-0000-4000-8000-000000000004'
const PAIR = '7d1e5b2c-0000-4000-8000-000000000002'

function as(person: string) {
  lockVault()
  setAccessToken(`tok-${person}`)
}

beforeEach(() => {
  localStorage.clear()
  configureVaultForTests({ floor: kdfFloor(1, 64 * 1024), ops: 1, mem: 64 * 1024 })
})
afterEach(() => configureVaultForTests(null))

describe('vault session', () => {
  it('sets up, locks on sign-out, unlocks with the passphrase or the recovery key, refuses a wrong one', async () => {
    const server = fakeVaultServer(PAIR, [{ id: MENTOR, role: 'mentor' }])
    vi.stubGlobal('fetch', server.fetchStub)
    as(MENTOR)
    const recovery = await setUpVault(MENTOR, 'phrase de coffre très longue')
    expect(recovery).toMatch(/^CR1(-[0-9A-Z]{4}){14}$/)
    expect(vaultKeys()?.identity.userId).toBe(MENTOR)
    const sent = server.requests.find((r) => r.path === '/api/v1/vault/me/identity')
    expect(sent?.response).not.toContain('phrase de coffre')

    setAccessToken(null)
    expect(vaultKeys()).toBeNull()
    setAccessToken(`tok-${MENTOR}`)
    await expect(unlockVault(MENTOR, 'mauvaise phrase')).rejects.toThrow()
    expect(vaultKeys()).toBeNull()
    await unlockVault(MENTOR, 'phrase de coffre très longue')
    expect(vaultKeys()?.identity.userId).toBe(MENTOR)
    lockVault()
    await unlockVault(MENTOR, recovery.toLowerCase(), true)
    expect(vaultKeys()?.identity.userId).toBe(MENTOR)
  })

  it('the mentee writes an encrypted objective that the mentor reads; same safety number both sides', async () => {
    const server = fakeVaultServer(PAIR, [
      { id: MENTOR, role: 'mentor' },
      { id: MENTEE, role: 'mentee' },
    ])
    vi.stubGlobal('fetch', server.fetchStub)
    as(MENTOR)
    await setUpVault(MENTOR, 'passphrase du mentor')
    expect(await ensurePairKey(PAIR)).toBe('waiting') // the mentee has no keys yet
    as(MENTEE)
    await setUpVault(MENTEE, 'passphrase du mentoré')
    expect(await ensurePairKey(PAIR)).toBe('ready') // epoch 1 created here
    const menteeNumber = await pairSafetyNumber(MENTOR)
    const wording = 'Prendre la parole en comité — canari 7f3a'
    const objectiveId = '11111111-0000-4000-8000-000000000001'
    await writeRecord(PAIR, 'objective', { title: wording, status: 'defined' }, { subjectId: objectiveId })
    const stored = [...server.records.values()][0]
    expect(JSON.stringify(stored)).not.toContain('canari')

    as(MENTOR)
    await unlockVault(MENTOR, 'passphrase du mentor')
    const [opened] = await listRecords(PAIR, 'objective')
    expect(opened?.fields.title).toBe(wording)
    expect(opened?.subjectId).toBe(objectiveId)
    expect(opened?.authorId).toBe(MENTEE)
    const mentorNumber = await pairSafetyNumber(MENTEE)
    expect(mentorNumber).toBe(menteeNumber)
    expect(mentorNumber).toMatch(/^(\d{5} ){11}\d{5}$/)
  })

  it('refuses a record whose ciphertext was moved to another record', async () => {
    const server = fakeVaultServer(PAIR, [
      { id: MENTOR, role: 'mentor' },
      { id: MENTEE, role: 'mentee' },
    ])
    vi.stubGlobal('fetch', server.fetchStub)
    as(MENTOR)
    await setUpVault(MENTOR, 'passphrase du mentor')
    as(MENTEE)
    await setUpVault(MENTEE, 'passphrase du mentoré')
    await writeRecord(PAIR, 'objective', { title: 'un' })
    await writeRecord(PAIR, 'objective', { title: 'deux' })
    const [a, b] = [...server.records.values()]
    if (!a || !b) throw new Error('two records expected')
    a.fields = b.fields
    await expect(listRecords(PAIR, 'objective')).rejects.toThrow()
  })

  describe('protocol 1.1: the keyring and the attacks of issue 13', () => {
    async function pairReady() {
      const server = fakeVaultServer(PAIR, [
        { id: MENTOR, role: 'mentor' },
        { id: MENTEE, role: 'mentee' },
      ])
      vi.stubGlobal('fetch', server.fetchStub)
      as(MENTEE)
      await setUpVault(MENTEE, 'passphrase du mentoré')
      as(MENTOR)
      await setUpVault(MENTOR, 'passphrase du mentor')
      expect(await ensurePairKey(PAIR)).toBe('ready')
      return server
    }

    /** A browser that never saw this person: no local copy, only what the server keeps. */
    async function freshClient(person: string, passphrase: string) {
      as(person)
      localStorage.clear()
      await unlockVault(person, passphrase)
    }

    it('a substituted bundle is caught by a fresh client that loads the keyring; writing is blocked until accepted', async () => {
      const server = await pairReady()
      expect(server.keyrings.get(MENTOR)?.keyring_version).toBeGreaterThanOrEqual(1) // the mentee's key, pinned and saved
      const before = (await partnerTrust(MENTEE)).safetyNumber
      server.swapBundle(MENTEE, bundleToJson(createIdentity(MENTEE).bundle()) as never)

      await freshClient(MENTOR, 'passphrase du mentor')
      const trust = await partnerTrust(MENTEE)
      expect(trust.state).toBe('changed')
      expect(trust.safetyNumber).toBe(before)
      expect(trust.newSafetyNumber).not.toBe(before)
      const count = server.records.size
      await expect(writeRecord(PAIR, 'objective', { title: 'bloqué' })).rejects.toBeInstanceOf(KeyChangedError)
      expect(server.records.size).toBe(count)

      await acceptPartnerKey(MENTEE)
      expect((await partnerTrust(MENTEE)).state).toBe('trusted')
      await freshClient(MENTOR, 'passphrase du mentor') // the acceptance survives a new session
      expect((await partnerTrust(MENTEE)).state).toBe('trusted')
      await writeRecord(PAIR, 'objective', { title: 'après acceptation' })
      expect(server.records.size).toBe(count + 1)
    })

    it('verification is kept in the keyring across sessions', async () => {
      await pairReady()
      expect((await partnerTrust(MENTEE)).verified).toBe(false)
      await markPartnerVerified(MENTEE)
      await freshClient(MENTOR, 'passphrase du mentor')
      const trust = await partnerTrust(MENTEE)
      expect(trust.verified).toBe(true)
      expect(trust.verifiedAt).not.toBeNull()
    })

    it('a keyring rolled back by the server is refused against the copy this browser saw', async () => {
      const server = await pairReady()
      const old = { ...server.keyrings.get(MENTOR)! }
      await markPartnerVerified(MENTEE)
      expect(server.keyrings.get(MENTOR)?.keyring_version).toBe(old.keyring_version + 1)
      server.keyrings.set(MENTOR, old) // the server serves the older version
      as(MENTOR)
      await unlockVault(MENTOR, 'passphrase du mentor')
      expect(vaultKeys()?.keyring.rolledBack).toBe(true)
      expect((await partnerTrust(MENTEE)).verified).toBe(true) // from the local copy, not the old one
      // Relabelled as the newer version: the blob does not open under another version.
      server.keyrings.set(MENTOR, { ...old, keyring_version: old.keyring_version + 5 })
      as(MENTOR)
      await expect(unlockVault(MENTOR, 'passphrase du mentor')).rejects.toBeInstanceOf(VerificationError)
      expect(vaultKeys()).toBeNull()
    })

    it('a stale keyring save (409) reloads and merges', async () => {
      const server = await pairReady()
      const keys = vaultKeys()!
      // Another device saved in between: its version is ahead of this session's.
      const stored = server.keyrings.get(MENTOR)!
      server.keyrings.set(MENTOR, { keyring_version: stored.keyring_version + 1, blob: stored.blob })
      keys.keyring.version = stored.keyring_version // this session still thinks it is current
      await expect(markPartnerVerified(MENTEE)).rejects.toBeInstanceOf(VerificationError) // relabelled blob refused
      // With a genuine newer save from a second session the merge succeeds.
      server.keyrings.set(MENTOR, stored)
      keys.keyring.version = stored.keyring_version - 1
      await markPartnerVerified(MENTEE)
      expect(server.keyrings.get(MENTOR)?.keyring_version).toBe(stored.keyring_version + 1)
      expect((await partnerTrust(MENTEE)).verified).toBe(true)
    })

    it('an old epoch offered to a fresh client is refused', async () => {
      const server = await pairReady()
      await writeRecord(PAIR, 'objective', { title: 'époque 1' })
      expect(vaultKeys()?.keyring.epochs[PAIR]).toBe(1)
      // A later epoch was seen (saved in the keyring) …
      const keys = vaultKeys()!
      keys.keyring.epochs = { [PAIR]: 2 }
      await markPartnerVerified(MENTEE)
      // … and the server now claims the pair is back at epoch 1.
      server.setEpoch(1)
      await freshClient(MENTOR, 'passphrase du mentor')
      await expect(writeRecord(PAIR, 'objective', { title: 'sous une vieille époque' })).rejects.toBeInstanceOf(RollbackError)
    })

    it('records are written as 1.1; moved to another subject, dropped or added fields, or a changed status are caught', async () => {
      const server = await pairReady()
      const session = { id: '22222222-0000-4000-8000-000000000001', startsAt: '2026-12-03T14:00:00+01:00' }
      await writeRecord(PAIR, 'session_report', { body: 'Compte rendu', next_steps: 'Relire' }, { session })
      await writeRecord(PAIR, 'objective', { title: 'Parler en public' }, { subjectId: '33333333-0000-4000-8000-000000000001', status: 'in_progress' })
      const [report] = await listRecords(PAIR, 'session_report')
      expect(report?.format).toBe(2)
      expect(report?.subjectId).toBe(session.id)
      expect(recordLinkCheck(report!, { session: { id: session.id, startsAt: '2026-12-03T13:00:00Z' } })).toBe('match')
      expect(recordLinkCheck(report!, { session: { id: session.id, startsAt: '2026-12-04T13:00:00Z' } })).toBe('mismatch')
      const [objective] = await listRecords(PAIR, 'objective')
      expect(recordLinkCheck(objective!, { status: 'in_progress' })).toBe('match')
      expect(recordLinkCheck(objective!, { status: 'done' })).toBe('mismatch')

      const stored = [...server.records.values()].find((r) => r.record_type === 'session_report')!
      const original = structuredClone(stored)
      stored.subject_id = '22222222-0000-4000-8000-000000000009' // moved to another séance
      await expect(listRecords(PAIR, 'session_report')).rejects.toBeInstanceOf(VerificationError)
      Object.assign(stored, structuredClone(original))
      const fields = stored.fields as Record<string, unknown>
      delete fields.next_steps // a field dropped
      await expect(listRecords(PAIR, 'session_report')).rejects.toBeInstanceOf(VerificationError)
      Object.assign(stored, structuredClone(original))
      ;(stored.fields as Record<string, unknown>).extra = (original.fields as Record<string, unknown>).body // a field added
      await expect(listRecords(PAIR, 'session_report')).rejects.toBeInstanceOf(VerificationError)
    })

    it('a new passphrase unlocks; the old one no longer does', async () => {
      await pairReady()
      await changeVaultPassphrase('une toute nouvelle phrase')
      as(MENTOR)
      await expect(unlockVault(MENTOR, 'passphrase du mentor')).rejects.toThrow()
      await unlockVault(MENTOR, 'une toute nouvelle phrase')
      expect(vaultKeys()?.identity.userId).toBe(MENTOR)
    })
  })
})
