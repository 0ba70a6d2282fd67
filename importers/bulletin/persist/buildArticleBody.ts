import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from 'lexical'

import { createHeadlessEditor } from '@lexical/headless'
import { getEnabledNodes, UploadServerNode } from '@payloadcms/richtext-lexical'
import ObjectID from 'bson-objectid'
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'

export type BodyPhoto = { id: number | string; relationTo: string }

type HeadlessEditor = ReturnType<typeof createHeadlessEditor>

/** A headless editor, and its state holding one empty paragraph, where every body starts. */
type BodyEditor = { blank: ReturnType<HeadlessEditor['getEditorState']>; editor: HeadlessEditor }

const editors = new WeakMap<SanitizedServerEditorConfig, BodyEditor>()

/**
 * One headless editor per editor config: making one costs more than filling it. Each body
 * starts from the blank state rather than clearing the last body, whose removal cost a quarter
 * of the work.
 */
const bodyEditorFor = (editorConfig: SanitizedServerEditorConfig): BodyEditor => {
  const cached = editors.get(editorConfig)
  if (cached) return cached
  const editor = createHeadlessEditor({
    nodes: getEnabledNodes({ editorConfig }),
    onError: (error) => {
      throw error
    },
  })
  editor.update(() => void $getRoot().clear().append($createParagraphNode()), { discrete: true })
  const made = { blank: editor.getEditorState(), editor }
  editors.set(editorConfig, made)
  return made
}

/**
 * An article's body as Lexical builds it: its paragraphs, then the photos printed with
 * it as upload nodes (their files arrive later; the caption lives on the Photo).
 */
export const buildArticleBody = ({
  editorConfig,
  paragraphs,
  photos,
}: {
  editorConfig: SanitizedServerEditorConfig
  paragraphs: string[]
  photos: BodyPhoto[]
}): SerializedEditorState => {
  const { blank, editor } = bodyEditorFor(editorConfig)
  editor.setEditorState(blank)
  // A discrete update runs synchronously, so no other body can interleave with this one.
  editor.update(
    () => {
      const root = $getRoot().clear()
      for (const text of paragraphs)
        root.append($createParagraphNode().append($createTextNode(text)))
      for (const photo of photos) {
        root.append(
          new UploadServerNode({
            data: {
              fields: {},
              id: new ObjectID().toHexString(),
              relationTo: photo.relationTo,
              value: photo.id,
            } as ConstructorParameters<typeof UploadServerNode>[0]['data'],
          }),
        )
      }
    },
    { discrete: true },
  )
  return editor.getEditorState().toJSON()
}
