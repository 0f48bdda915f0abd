// @vitest-environment node
/** Every known answer of the spec (crypto.md), against the libsodium sumo build. */
import { beforeAll, describe, expect, it } from 'vitest'
import sodium from 'libsodium-wrappers-sumo'
import { argon2InThread } from './argon2'
import { runArgon2Task } from './argon2.task'
import { b64d, b64e, enc } from './encoding'
import { identityFromSeeds } from './identity'
import { computeKeyId } from './pairkeys'
import { ARGON2ID13, KDF_VERSION, MIB, PRODUCTION_FLOOR, argon2id, kdf, kdfFloor } from './primitives'
import { fingerprint } from './safety'
import { cryptoReady } from './sodium'

const SEED = Uint8Array.from({ length: 32 }, (_, i) => i)
const USER = '0b9a8c7d-0000-4000-8000-000000000003'
const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')

beforeAll(cryptoReady)

describe('known answers', () => {
  it('derives the X25519 and Ed25519 public keys from the seed', () => {
    expect(b64e(sodium.crypto_box_seed_keypair(SEED).publicKey)).toBe('RwHQhIhFH1RaQJ+1iuPlhYHKQKw/fxFGmM1x3qxzygE=')
    const ident = identityFromSeeds(USER, 1, SEED, SEED)
    expect(b64e(ident.xPk)).toBe('RwHQhIhFH1RaQJ+1iuPlhYHKQKw/fxFGmM1x3qxzygE=')
    expect(b64e(ident.edPk)).toBe('A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=')
  })

  it('kdf', () => {
    expect(b64e(kdf(SEED, 1, 'cnstlkek'))).toBe('spe6posVbf6ZZlMRpelW9rf4sbU/gLnpEREw0YgyqR0=')
    expect(b64e(kdf(SEED, 1, 'cnstlrec'))).toBe('kiQA07PkF6EOaFIiOZ+0eN8MX2Ey3pK+L2+Q5z4haEg=')
    expect(b64e(kdf(SEED, 2 ** 31 + 5, 'cnstlrec'))).toBe(b64e(kdf(SEED, BigInt(2 ** 31 + 5), 'cnstlrec')))
  })

  it('Argon2id with production parameters, directly and through the worker task', { timeout: 60_000 }, async () => {
    const params = { v: KDF_VERSION, alg: ARGON2ID13, salt: SEED.slice(0, 16), ops: 3, mem: 64 * MIB }
    const want = '48iJykDtAea2dx/Ipb8W41rWC0HJvV1+bWOt9R5QsP0='
    expect(b64e(argon2id('correct horse', params, PRODUCTION_FLOOR))).toBe(want)
    const res = await runArgon2Task({ passphrase: 'correct horse', params, floor: PRODUCTION_FLOOR })
    expect(res.ok && b64e(res.key)).toBe(want)
    expect(b64e(await argon2InThread()('correct horse', params))).toBe(want)
  })

  it('Argon2id normalizes the passphrase with NFKC', () => {
    const params = { v: KDF_VERSION, alg: ARGON2ID13, salt: new Uint8Array(16), ops: 1, mem: MIB }
    const floor = kdfFloor(1, MIB)
    expect(argon2id('\ufb01\u00e9', params, floor)).toEqual(argon2id('fie\u0301', params, floor))
  })

  it('enc of the record AAD', () => {
    const got = enc(
      'record',
      'session_report',
      'body',
      '3f0c2a1e-0000-4000-8000-000000000001',
      '7d1e5b2c-0000-4000-8000-000000000002',
      1,
      '0b9a8c7d-0000-4000-8000-000000000003',
    )
    expect(toHex(got)).toBe(
      '434f4e5354454c3100067265636f7264000e73657373696f6e5f7265706f72740004626f6479' +
        '002433663063326131652d303030302d343030302d383030302d303030303030303030303031' +
        '002437643165356232632d303030302d343030302d383030302d303030303030303030303032' +
        '000131002430623961386337642d303030302d343030302d383030302d303030303030303030303033',
    )
  })

  it('fingerprint', () => {
    const ident = identityFromSeeds(USER, 1, SEED, SEED)
    expect(fingerprint(USER, ident.edPk, ident.xPk)).toBe('703737329039388863196825608966')
  })

  it('key_id', () => {
    const got = computeKeyId(SEED, '7d1e5b2c-0000-4000-8000-000000000002', 1)
    expect(b64e(got)).toBe('si0PoPdQV9BwZVGUCNOFXQ==')
    expect(b64d('si0PoPdQV9BwZVGUCNOFXQ==', 16)).toEqual(got)
  })
})
