/** The one URL map: every public path the site serves, and which of them show a role. */
export const HOME_PATH = '/'
export const SITEMAP_PATH = '/sitemap.xml'

export function toolkitPath(slug: string): string {
  return `/toolkits/${slug}`
}

export function alternativesPath(slug: string): string {
  return `/toolkits/${slug}/alternatives`
}
