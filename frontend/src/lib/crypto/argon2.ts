/**
 * Argon2id runner for account functions: a fresh Web Worker per derivation, terminated
 * afterwards (the wasm heap never shrinks) in the browser; the same task in-thread where
 * there is no Worker (Node tests).
 */
import { runArgon2Task, type Argon2Response } from './argon2.task'
import { CryptoError, ParameterFloorError, UnknownVersionError } from './errors'
import { PRODUCTION_FLOOR, type Argon2Fn, type KdfFloor, type KdfParams } from './primitives'

function toResult(res: Argon2Response): Uint8Array {
  if (res.ok) return res.key
  if (res.errorName === 'ParameterFloorError') throw new ParameterFloorError(res.message)
  if (res.errorName === 'UnknownVersionError') throw new UnknownVersionError(res.message)
  throw new CryptoError(res.message)
}

export function argon2InWorker(floor: KdfFloor = PRODUCTION_FLOOR): Argon2Fn {
  return (passphrase: string, params: KdfParams) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const worker = new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<Argon2Response>): void => {
        worker.terminate()
        try {
          resolve(toResult(event.data))
        } catch (e) {
          reject(e instanceof Error ? e : new CryptoError(String(e)))
        }
      }
      worker.onerror = (event: ErrorEvent): void => {
        worker.terminate()
        reject(new CryptoError(`Argon2 worker failed: ${event.message}`))
      }
      worker.postMessage({ passphrase, params, floor })
    })
}

export function argon2InThread(floor: KdfFloor = PRODUCTION_FLOOR): Argon2Fn {
  return async (passphrase: string, params: KdfParams) => toResult(await runArgon2Task({ passphrase, params, floor }))
}

/** The worker in a browser, in-thread elsewhere. */
export function argon2Runner(floor: KdfFloor = PRODUCTION_FLOOR): Argon2Fn {
  return typeof Worker === 'undefined' ? argon2InThread(floor) : argon2InWorker(floor)
}
