export * from './operations'
export {
  IDLE_LOCK_MS,
  configureVaultForTests,
  idleTimeoutMs,
  lockVault,
  requireKeys,
  useVault,
  useVaultState,
  vaultKeys,
  type KeyringState,
  type LockReason,
  type VaultKeys,
  type VaultState,
} from './session'
