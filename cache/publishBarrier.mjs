import { randomUUID } from 'node:crypto'

import { tracker } from './inFlight.mjs'

/**
 * What cache/renderTracker.ts does for one server, across every server that shares Redis.
 *
 * Next hands a request the result of a lookup or render of the same page already in flight on the
 * server it reaches. Before a publish is recorded in Redis, every server therefore finishes the
 * lookups and renders it started before it heard of the publish, and treats the published pages as
 * missing until the publish is recorded (a lookup started meanwhile could still read the old page):
 * no request that reaches any server after the save returns is handed a page from before it.
 *
 * Over Redis pub/sub: the publishing server announces the publish; each server (itself included)
 * holds the pages, waits for its earlier work and answers; once all have answered (or after
 * WAIT_MS), the publish is recorded and the hold released.
 */
const CHANNEL = 'toolkit-alternatives:publishes'
/** As cache/renderTracker.ts: longer than any page takes to render. */
const WAIT_MS = 5_000

export function createPublishBarrier(client) {
  const subscriber = client.duplicate()
  /** publish id -> its tags: pages carrying one of them count as missing */
  const held = new Map()
  /** publish id -> what counts the servers' answers */
  const answers = new Map()

  const send = (message) => client.publish(CHANNEL, JSON.stringify(message))
  const hold = (id, tags) => {
    held.set(id, tags)
    // A publishing server that died does not leave pages held.
    setTimeout(() => held.delete(id), 2 * WAIT_MS).unref()
  }

  async function receive(raw) {
    const { type, id, tags } = JSON.parse(raw)
    if (type === 'publishing') {
      hold(id, tags)
      await tracker.waitForEarlierWork(Date.now(), WAIT_MS)
      await send({ type: 'waited', id }).catch(() => {})
    } else if (type === 'waited') {
      answers.get(id)?.count()
    } else if (type === 'published') {
      held.delete(id)
    }
  }

  subscriber.on('error', () => {}) // the shared connection reports outages
  // Connects for ever (the client's reconnect strategy) and subscribes again after each reconnection.
  subscriber
    .connect()
    .then(() => subscriber.subscribe(CHANNEL, (raw) => void receive(raw)))
    .catch(() => {})

  return {
    /** Whether a publish of one of these tags is under way. */
    isHeld(tags) {
      for (const heldTags of held.values()) if (tags.some((tag) => heldTags.includes(tag))) return true
      return false
    },
    /**
     * Holds the tags' pages here at once, waits (bounded) for every server's earlier work, then runs
     * `record` (which records the publish in Redis) and releases the hold everywhere.
     */
    async around(tags, record) {
      const id = randomUUID()
      hold(id, tags)
      try {
        let answered = 0
        let expected = Infinity
        let allAnswered
        const waited = new Promise((resolve) => (allAnswered = resolve))
        answers.set(id, {
          count: () => {
            answered += 1
            if (answered >= expected) allAnswered()
          },
        })
        expected = await send({ type: 'publishing', id, tags })
        if (answered >= expected) allAnswered()
        let timer
        await Promise.race([waited, new Promise((resolve) => (timer = setTimeout(resolve, WAIT_MS)))])
        clearTimeout(timer)
        return await record()
      } finally {
        answers.delete(id)
        held.delete(id)
        void send({ type: 'published', id }).catch(() => {})
      }
    },
  }
}
