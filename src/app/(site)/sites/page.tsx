import Link from 'next/link'

import { findOffices } from '../_lib/queries'
import { sitePath } from '../_lib/sitePath'

/** Every office's site, for a start. */
const OfficesPage = async () => {
  const offices = await findOffices()
  return (
    <main className="page">
      <title>各街道社区报</title>
      <h1>各街道社区报</h1>
      <ul className="offices">
        {offices.map((office) => (
          <li key={office.id}>
            <Link href={sitePath(office.slug)}>{office.publication ?? office.name}</Link>
            <span className="office-meta">
              {[office.district, office.name].filter(Boolean).join(' ')}
            </span>
          </li>
        ))}
      </ul>
    </main>
  )
}

export default OfficesPage
