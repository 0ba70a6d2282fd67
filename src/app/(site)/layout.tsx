import type { ReactNode } from 'react'

import './site.css'

export const metadata = { title: '社区报' }

/** The reference site's own root layout: Chinese pages, apart from the admin's. */
const SiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="zh-CN">
    <body>{children}</body>
  </html>
)

export default SiteLayout
