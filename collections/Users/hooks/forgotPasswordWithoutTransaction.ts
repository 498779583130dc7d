import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's forgot-password operation opens a transaction, then reserves the reset request (its
 * rate limit) with a write made outside that transaction on purpose. SQLite has one writer at a
 * time and the open transaction already holds the write lock, so the reservation could only wait
 * for a lock its own request holds, until it failed. The operation writes one row at a time, so it
 * loses nothing by running without a transaction: the empty one is committed here, before any write.
 */
export const forgotPasswordWithoutTransaction: CollectionBeforeOperationHook<'users'> = async ({ operation, req }) => {
  if (operation !== 'forgotPassword') return
  const transactionID = await req.transactionID
  if (transactionID === undefined || transactionID === null) return
  await req.payload.db.commitTransaction(transactionID)
  delete req.transactionID
}
