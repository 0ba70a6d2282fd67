import { notFound } from 'next/navigation'

import type { SiteOffice } from './queries'
import { findOffice } from './queries'
import { decodeSegment } from './sitePath'

/** The office a page's [office] segment names; a 404 page when there is none. */
export const loadOffice = async (segment: string): Promise<SiteOffice> => {
  const office = await findOffice(decodeSegment(segment))
  if (!office) notFound()
  return office
}
