import type { RequiredDataFromCollectionSlug } from 'payload'

/** The street offices whose bulletins ship in seed/bulletins. */
export const seedOffices: RequiredDataFromCollectionSlug<'offices'>[] = [
  { name: '临汾路街道', district: '静安区', slug: 'linfenlu' },
  { name: '石门二路街道', district: '静安区', slug: 'shimenerlu' },
  { name: '芷江西路街道', district: '静安区', slug: 'zhijiangxilu' },
  { name: '平凉路街道', district: '杨浦区', publication: '平凉之窗', slug: 'pingliang' },
  { name: '张庙街道', district: '宝山区', publication: '社区晨报', slug: 'zhangmiao' },
]
