import type { TestProject } from 'vitest/node'

import { startMongodbTestServer } from './mongodbTestServer'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The MongoDB server the `int-mongodb` project runs on; each test file takes a database of its own. */
    mongodbUri: string
  }
}

/**
 * Global setup of the `int-mongodb` project: MONGODB_URI points the suite at a real MongoDB (Atlas, the
 * replica set in docker-compose.yml); without it the suite runs on an in-process test server, stopped
 * when the run ends.
 */
export default async function provideMongodb(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const configured = process.env.MONGODB_URI?.trim()
  if (configured) {
    project.provide('mongodbUri', configured)
    return undefined
  }
  const server = await startMongodbTestServer()
  project.provide('mongodbUri', server.uri)
  return server.stop
}
