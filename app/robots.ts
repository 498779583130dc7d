import type { MetadataRoute } from 'next'

import { SITEMAP_PATH } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: absoluteUrl(SITEMAP_PATH),
  }
}
