import type { SerializedEditorState } from 'lexical'

import ObjectID from 'bson-objectid'

export type BodyPhoto = { id: number | string; relationTo: string }

/** A paragraph of plain text as Lexical serialises it; an empty one has no text node. */
const paragraphNode = (text: string) => ({
  children:
    text === ''
      ? []
      : [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
  direction: null,
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
  textFormat: 0,
  textStyle: '',
})

/** An upload node as Payload's UploadServerNode serialises it, with its own object id. */
const uploadNode = ({ id, relationTo }: BodyPhoto) => ({
  type: 'upload',
  version: 3,
  format: '',
  fields: {},
  id: new ObjectID().toHexString(),
  relationTo,
  value: id,
})

/**
 * An article's body as Lexical serialises it: its paragraphs, then the photos printed
 * with it as upload nodes (their files arrive later; the caption lives on the Photo). Written
 * as JSON directly — a headless editor costs more than the rest of an article's import — and
 * held to exactly what Lexical's own nodes build by tests/int/bulkWriter.test.ts.
 */
export const buildArticleBody = ({
  paragraphs,
  photos,
}: {
  paragraphs: string[]
  photos: BodyPhoto[]
}): SerializedEditorState =>
  ({
    root: {
      children: [...paragraphs.map(paragraphNode), ...photos.map(uploadNode)],
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  }) as unknown as SerializedEditorState
