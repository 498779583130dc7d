import type { AddressInfo, Server } from 'node:net'

import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'
import type { ICommandHandler, IHandlerContext } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'

/**
 * A MongoDB wire-protocol server in this process, in memory: CongoDB from `@push.rocks/smartmongo`
 * (pinned in package.json, installed by `npm ci`). It speaks enough of MongoDB for Payload's adapter;
 * what it lacks is listed in tests/README.md.
 */
export interface MongodbTestServer {
  /** `mongodb://127.0.0.1:<port>/`, with `?replicaSet=rs0` in replica-set mode. */
  uri: string
  stop: () => Promise<void>
}

export const TEST_REPLICA_SET = 'rs0'

/** The two internals of CongoServer 2.2.0 used here: the listening socket and the command table. */
interface CongoInternals {
  server: Server | null
  commandRouter: { handlers: Map<string, ICommandHandler> }
}

/**
 * Starts the server on a loopback port (a free one by default). In replica-set mode it calls itself
 * the primary of `rs0`, so a URI naming that set turns Payload's transactions on. The server only
 * acknowledges commits and aborts: its transactions exercise Payload's session handling but roll
 * nothing back.
 */
export async function startMongodbTestServer({ port: requestedPort = 0, replicaSet = false } = {}): Promise<MongodbTestServer> {
  const server = new CongoServer({ host: '127.0.0.1', port: requestedPort })
  await server.start()
  const internals = server as unknown as CongoInternals
  const { port } = internals.server?.address() as AddressInfo
  const address = `127.0.0.1:${port}`
  reviseHelloReplies(internals.commandRouter.handlers, (reply) => {
    // A `topologyVersion` makes the driver stream server health over a long-lived `hello`, which this
    // server cannot answer; without it the driver polls, and plain URIs work.
    delete reply.topologyVersion
    if (replicaSet) {
      Object.assign(reply, { setName: TEST_REPLICA_SET, setVersion: 1, hosts: [address], primary: address, me: address, secondary: false })
    }
  })
  return {
    uri: `mongodb://${address}/${replicaSet ? `?replicaSet=${TEST_REPLICA_SET}` : ''}`,
    stop: () => server.stop(),
  }
}

/** `hello` and its legacy spellings share one handler; wraps it so each reply passes through `revise`. */
function reviseHelloReplies(
  handlers: Map<string, ICommandHandler>,
  revise: (reply: Record<string, unknown>) => void,
): void {
  const hello = handlers.get('hello')
  if (!hello) throw new Error('CongoServer has no hello handler: check the pinned @push.rocks/smartmongo version')
  const revised: ICommandHandler = {
    handle: async (context: IHandlerContext) => {
      const reply = await hello.handle(context)
      revise(reply)
      return reply
    },
  }
  for (const name of ['hello', 'ismaster', 'isMaster']) handlers.set(name, revised)
}
