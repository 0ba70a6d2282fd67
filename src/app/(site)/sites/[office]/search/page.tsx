import Link from 'next/link'

import { SiteHeader } from '../../../_components/SiteHeader'
import { loadOffice } from '../../../_lib/loadOffice'
import { searchOfficeArticles } from '../../../_lib/queries'
import { sitePath } from '../../../_lib/sitePath'

/** Search results within the office: titles and snippets with the matched words marked. */
const SearchPage = async ({
  params,
  searchParams,
}: {
  params: Promise<{ office: string }>
  searchParams: Promise<{ q?: string | string[] }>
}) => {
  const office = await loadOffice((await params).office)
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const results = q === '' ? null : await searchOfficeArticles({ officeSlug: office.slug, q })
  return (
    <>
      <title>{q ? `搜索“${q}” · ${office.publication ?? office.name}` : '搜索'}</title>
      <SiteHeader office={office} query={q} />
      <main className="page">
        {results === null ? (
          <p>请输入要搜索的词语。</p>
        ) : (
          <>
            <h2 className="results-heading">
              “{q}”的搜索结果：
              {results.isTotalDocsCapped
                ? `${results.totalDocs} 篇以上`
                : `共 ${results.totalDocs} 篇`}
            </h2>
            <ol className="results">
              {results.docs.map((hit) => (
                <li key={hit.id}>
                  {/* The API escapes the text and marks matches: its HTML is safe to insert. */}
                  <Link
                    dangerouslySetInnerHTML={{ __html: hit.titleHighlight }}
                    href={sitePath(office.slug, 'articles', hit.id)}
                  />
                  <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                  {hit.issue ? <p className="meta">{hit.issue.title}</p> : null}
                </li>
              ))}
            </ol>
          </>
        )}
      </main>
    </>
  )
}

export default SearchPage
