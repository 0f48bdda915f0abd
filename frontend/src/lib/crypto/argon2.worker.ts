/** Web Worker running Argon2id off the main thread; terminated after one job (the wasm heap never shrinks). */
import { runArgon2Task, type Argon2Request, type Argon2Response } from './argon2.task'

interface WorkerScope {
  onmessage: ((event: MessageEvent<Argon2Request>) => void) | null
  postMessage(message: Argon2Response, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = (event: MessageEvent<Argon2Request>): void => {
  void runArgon2Task(event.data).then((res) => {
    scope.postMessage(res, res.ok ? [res.key.buffer as ArrayBuffer] : [])
  })
}
