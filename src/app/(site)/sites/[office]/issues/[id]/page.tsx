import { notFound } from 'next/navigation'

import { IssueContents } from '../../../../_components/IssueContents'
import { SiteHeader } from '../../../../_components/SiteHeader'
import { loadOffice } from '../../../../_lib/loadOffice'
import { findIssue } from '../../../../_lib/queries'
import { parseId } from '../../../../_lib/sitePath'

/** One published issue of the office and its contents. */
const IssuePage = async ({ params }: { params: Promise<{ id: string; office: string }> }) => {
  const { id: idSegment, office: officeSegment } = await params
  const id = parseId(idSegment)
  if (id === null) notFound()
  const office = await loadOffice(officeSegment)
  const issue = await findIssue({ id, officeId: office.id })
  if (!issue) notFound()
  return (
    <>
      <title>{`${issue.title ?? issue.period} · ${office.publication ?? office.name}`}</title>
      <SiteHeader office={office} />
      <main className="page">
        <IssueContents issue={issue} officeSlug={office.slug} />
      </main>
    </>
  )
}

export default IssuePage
