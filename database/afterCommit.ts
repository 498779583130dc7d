import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

/**
 * Work that must wait until a write is committed, such as refreshing the public pages it shows on:
 * a page rendered before the commit would read the old content and could be cached as new.
 *
 * Payload's hooks run inside the write's transaction and Payload has no "after commit" hook, so the
 * adapter's commit is wrapped (`runAfterCommitCallbacks`) to run what `afterCommit` queued.
 */
type Callback = () => Promise<void>

const queued = new Map<string | number, Callback[]>()

type TransactionID = string | number | Promise<string | number | null | undefined> | null | undefined

async function resolveID(id: TransactionID): Promise<string | number | undefined> {
  return (await id) ?? undefined
}

/** Runs `callback` once the write that `req` belongs to is committed; at once when it has no open transaction. */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const id = await resolveID(req.transactionID)
  if (id === undefined || !isOpen(req.payload.db, id)) return callback()
  queued.set(id, [...(queued.get(id) ?? []), callback])
}

function isOpen(adapter: { sessions?: Record<string | number, unknown> }, id: string | number): boolean {
  return Boolean(adapter.sessions?.[id])
}

/** Makes the adapter's commit run the callbacks queued for that transaction, and its rollback drop them. */
export function runAfterCommitCallbacks(adapter: BaseDatabaseAdapter): void {
  const { commitTransaction, rollbackTransaction } = adapter
  if (!commitTransaction || !rollbackTransaction) return
  adapter.commitTransaction = async function commitThenRunCallbacks(incomingID) {
    const id = await resolveID(incomingID)
    await commitTransaction.call(this, incomingID)
    if (id === undefined) return
    const callbacks = queued.get(id) ?? []
    queued.delete(id)
    for (const callback of callbacks) {
      try {
        await callback()
      } catch (error) {
        // The write is committed: a failed follow-up must not turn it into an error for the client.
        this.payload.logger.error({ err: error, msg: 'A task queued after a commit failed' })
      }
    }
  }
  adapter.rollbackTransaction = async function rollbackAndDropCallbacks(incomingID) {
    const id = await resolveID(incomingID)
    if (id !== undefined) queued.delete(id)
    return rollbackTransaction.call(this, incomingID)
  }
}
