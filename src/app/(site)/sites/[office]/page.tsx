import { IssueContents } from '../../_components/IssueContents'
import { SiteHeader } from '../../_components/SiteHeader'
import { loadOffice } from '../../_lib/loadOffice'
import { findLatestIssue } from '../../_lib/queries'

/** An office's home page: its latest published issue and that issue's contents. */
const LatestIssuePage = async ({ params }: { params: Promise<{ office: string }> }) => {
  const office = await loadOffice((await params).office)
  const issue = await findLatestIssue(office.id)
  return (
    <>
      <title>{`${office.publication ?? office.name} · 最新一期`}</title>
      <SiteHeader office={office} />
      <main className="page">
        <p className="eyebrow">最新一期</p>
        {issue ? (
          <IssueContents issue={issue} officeSlug={office.slug} />
        ) : (
          <p>暂无已发布的期刊。</p>
        )}
      </main>
    </>
  )
}

export default LatestIssuePage
