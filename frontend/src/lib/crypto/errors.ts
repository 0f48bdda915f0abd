/** Exception classes of the Constel protocol (same family as the Python client). */

export class CryptoError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** Malformed input: bad base64, wrong length, bad enc framing, bad id. */
export class EncodingError extends CryptoError {}

/** Authentication failed: a tag, a signature or a context field does not match. */
export class VerificationError extends CryptoError {}

/** A person's public key differs from the pinned one and was not accepted. */
export class KeyChangedError extends VerificationError {}

/** The server offered an epoch older than one this client already knows. */
export class RollbackError extends VerificationError {}

/** Argon2id parameters are below this client's floor (or above its ceiling). */
export class ParameterFloorError extends CryptoError {}

/** A wire object or recovery key carries a version this client does not speak. */
export class UnknownVersionError extends CryptoError {}

/** A recovery key was mistyped: bad characters, length or checksum. */
export class RecoveryKeyError extends CryptoError {}
