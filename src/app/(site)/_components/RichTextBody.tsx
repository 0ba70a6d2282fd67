import type { ReactNode } from 'react'

import type { SitePhoto } from '../_lib/queries'

type LexicalNode = {
  children?: LexicalNode[]
  format?: number | string
  tag?: string
  text?: string
  type?: string
  value?: unknown
}

const isBold = 1
const isItalic = 2

const renderText = (node: LexicalNode, key: number): ReactNode => {
  const format = typeof node.format === 'number' ? node.format : 0
  let text: ReactNode = node.text ?? ''
  if (format & isItalic) text = <em key={key}>{text}</em>
  if (format & isBold) text = <strong key={key}>{text}</strong>
  return text
}

const photoIdOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'id' in value ? value.id : value

const renderNode = (node: LexicalNode, key: number, photos: SitePhoto[]): ReactNode => {
  const children = () =>
    (node.children ?? []).map((child, index) => renderNode(child, index, photos))
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'heading':
      return <h3 key={key}>{children()}</h3>
    case 'list':
      return node.tag === 'ol' ? <ol key={key}>{children()}</ol> : <ul key={key}>{children()}</ul>
    case 'listitem':
      return <li key={key}>{children()}</li>
    case 'quote':
      return <blockquote key={key}>{children()}</blockquote>
    case 'upload': {
      const photo = photos.find((candidate) => candidate.id === photoIdOf(node.value))
      if (!photo) return null
      return (
        <figure key={key}>
          {photo.url ? <img alt={photo.alt ?? photo.caption ?? ''} src={photo.url} /> : null}
          {photo.caption ? <figcaption>{photo.caption}</figcaption> : null}
        </figure>
      )
    }
    default:
      return <p key={key}>{children()}</p>
  }
}

/** An article body (Lexical JSON from GraphQL) as plain HTML: paragraphs, headings, photos. */
export const RichTextBody = ({ body, photos }: { body: unknown; photos: SitePhoto[] }) => {
  const root = (body as { root?: LexicalNode } | null)?.root
  return (
    <div className="body">
      {(root?.children ?? []).map((node, index) => renderNode(node, index, photos))}
    </div>
  )
}
