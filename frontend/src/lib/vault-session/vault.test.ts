/**
 * The vault protocol as the SPA runs it, with real libsodium (low Argon2 floor set in
 * the client for tests): set up, lock, unlock, create epoch 1, write an objective as
 * the mentee, read it as the mentor; the server never sees the wording.
 */
import { setAccessToken } from '@/api/token'
import { kdfFloor } from '@/lib/crypto'
import { fakeVaultServer } from './fakeVaultServer'
import {
  configureVaultForTests,
  ensurePairKey,
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

beforeEach(() => configureVaultForTests({ floor: kdfFloor(1, 64 * 1024), ops: 1, mem: 64 * 1024 }))
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
})
