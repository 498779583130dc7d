import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { SITEMAP_PATH } from '@/lib/paths'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: new URL(SITEMAP_PATH, env.serverUrl).toString(),
  }
}
