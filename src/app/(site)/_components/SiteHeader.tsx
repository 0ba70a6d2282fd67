import Link from 'next/link'

import type { SiteOffice } from '../_lib/queries'
import { sitePath } from '../_lib/sitePath'

/** The office's name, its paper, and the search box, on every page of its site. */
export const SiteHeader = ({ office, query = '' }: { office: SiteOffice; query?: string }) => (
  <header className="site-header">
    <div>
      <Link className="office-name" href={sitePath(office.slug)}>
        {office.publication ?? office.name}
      </Link>
      <span className="office-meta">
        {[office.district, office.name].filter(Boolean).join(' ')}
      </span>
    </div>
    <form
      action={sitePath(office.slug, 'search')}
      className="search-form"
      method="get"
      role="search"
    >
      <input
        aria-label="搜索文章"
        defaultValue={query}
        name="q"
        placeholder="搜索文章"
        type="search"
      />
      <button type="submit">搜索</button>
    </form>
  </header>
)
