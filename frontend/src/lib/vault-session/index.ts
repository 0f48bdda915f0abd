export * from './operations'
export { configureVaultForTests, lockVault, requireKeys, useVault, vaultKeys, type VaultKeys } from './session'
