import Link from 'next/link'

import type { SiteIssue } from '../_lib/queries'
import { sitePath } from '../_lib/sitePath'

/** An issue's heading and its table of contents, in printed order. */
export const IssueContents = ({ issue, officeSlug }: { issue: SiteIssue; officeSlug: string }) => {
  const numbers = [
    issue.issueNumber ? `第${issue.issueNumber}期` : null,
    issue.runningNumber ? `总第${issue.runningNumber}期` : null,
  ].filter(Boolean)
  const articles = issue.articles?.docs ?? []
  return (
    <section className="issue">
      <h2>{issue.title ?? issue.period}</h2>
      <p className="meta">
        {[issue.publication, issue.period, ...numbers].filter(Boolean).join(' · ')}
      </p>
      <h3>本期目录</h3>
      {articles.length === 0 ? (
        <p>本期暂无已发布的文章。</p>
      ) : (
        <ol className="contents">
          {articles.map((article) => (
            <li key={article.id}>
              {article.section ? <span className="section">{article.section}</span> : null}
              <Link href={sitePath(officeSlug, 'articles', article.id)}>{article.title}</Link>
              {article.subtitle ? <span className="subtitle">{article.subtitle}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
