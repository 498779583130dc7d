import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** Payload's local API for server components; getPayload reuses one instance per process. */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
