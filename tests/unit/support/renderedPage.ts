/** A page as Next hands it to a cache handler's `set`: its HTML, payload and cache tags (the path's and the layout's). */
export function renderedPage(path: string, text: string) {
  return {
    kind: 'APP_PAGE',
    html: `<p>${text}</p>`,
    rscData: Buffer.from(text),
    headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_${path}` },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  }
}
