import type { DefaultTypedEditorState } from '@payloadcms/richtext-lexical'

/** Plain paragraphs as Lexical rich text, for content that starts life as plain text (the seed). */
export function paragraphsToRichText(paragraphs: readonly string[]): DefaultTypedEditorState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
      })),
    },
  }
}
