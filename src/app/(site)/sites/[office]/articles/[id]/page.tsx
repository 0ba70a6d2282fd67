import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichTextBody } from '../../../../_components/RichTextBody'
import { SiteHeader } from '../../../../_components/SiteHeader'
import { loadOffice } from '../../../../_lib/loadOffice'
import { findArticle } from '../../../../_lib/queries'
import { parseId, sitePath } from '../../../../_lib/sitePath'

const joinNames = (people: { name: string }[] | null) =>
  (people ?? []).map((person) => person.name).join('、')

/** One published article: title, credits, body with its photos, and the issue it ran in. */
const ArticlePage = async ({ params }: { params: Promise<{ id: string; office: string }> }) => {
  const { id: idSegment, office: officeSegment } = await params
  const id = parseId(idSegment)
  if (id === null) notFound()
  const office = await loadOffice(officeSegment)
  const article = await findArticle({ id, officeId: office.id })
  if (!article) notFound()
  const credits = [
    article.department ? `供稿：${article.department.name}` : null,
    article.authors?.length ? `作者：${joinNames(article.authors)}` : null,
    article.photographers?.length ? `摄影：${joinNames(article.photographers)}` : null,
  ].filter(Boolean)
  return (
    <>
      <title>{`${article.title} · ${office.publication ?? office.name}`}</title>
      <SiteHeader office={office} />
      <main className="page">
        <article className="article">
          {article.section ? <p className="eyebrow">{article.section}</p> : null}
          <h1>{article.title}</h1>
          {article.subtitle ? <p className="subtitle">{article.subtitle}</p> : null}
          {credits.length ? <p className="meta">{credits.join(' · ')}</p> : null}
          <RichTextBody body={article.body} photos={article.photos ?? []} />
          {article.issue ? (
            <p className="back">
              刊于
              <Link href={sitePath(office.slug, 'issues', article.issue.id)}>
                {article.issue.title ?? article.issue.period}
              </Link>
            </p>
          ) : null}
        </article>
      </main>
    </>
  )
}

export default ArticlePage
