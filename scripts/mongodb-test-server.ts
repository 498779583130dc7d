/**
 * `npm run mongodb:test-server`: the in-memory MongoDB test server of the `int-mongodb` tests, on its
 * own, to try the site on MongoDB by hand. It prints the URI to export as DATABASE_URI (the database
 * name is up to you) and serves until Ctrl-C; everything stored is gone when it stops.
 *
 *   npm run mongodb:test-server -- --port 27017 --replica-set
 *
 * `--replica-set` reports the replica set `rs0`, which turns Payload's transactions on; the test
 * server acknowledges them without rolling anything back.
 */
import { parseArgs } from 'node:util'

import { startMongodbTestServer } from '../tests/int/support/mongodbTestServer'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, 'replica-set': { type: 'boolean', default: false } },
})
const server = await startMongodbTestServer({ port: Number(values.port), replicaSet: values['replica-set'] })
const example = new URL(server.uri)
example.pathname = '/toolkits'
console.log(`MongoDB test server listening. Use: DATABASE_URI="${example}"`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)))
}
