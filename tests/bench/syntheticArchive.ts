import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { parseBulletinText } from '../../importers/bulletin/parseBulletin'

export type SyntheticFile = { fileName: string; office: string; text: string }

const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]
const givenChars = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力国林宏云峰德志永春晓海燕鹏新亮斌宇浩凯健俊帆晨琳晶雪梅慧颖佳欣怡婷丹蕾琪瑶嘉思源博',
]
const roads = [...'东南西北中新长宝安福寿泰康乐和平利民兴华光明永丰通顺高阳']

/** A person's name that the parser reads as one: a common surname and one or two given characters. */
const syntheticName = (seed: number): string => {
  const pick = (list: string[], n: number) => list[n % list.length] ?? ''
  const given =
    pick(givenChars, seed * 7 + 3) + (seed % 3 === 0 ? '' : pick(givenChars, seed * 13 + 5))
  return pick(surnames, seed * 31 + 11) + given
}

/** An office named after a road, as most of Shanghai's street offices are: 东平路街道. */
const syntheticOffice = (index: number): string =>
  `${roads[index % roads.length] ?? ''}${roads[(index * 7 + 3) % roads.length] ?? ''}路街道`

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The seed bulletins with what the parser finds in each: its office and the people it names. */
const readSeeds = async (seedDir: string) => {
  const files = (await readdir(seedDir)).filter((file) => file.endsWith('.txt')).sort()
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(seedDir, file), 'utf8')
      const parsed = parseBulletinText(text)
      const names = [
        ...new Set(
          parsed.articles.flatMap((article) => [
            ...article.persons.map((person) => person.name),
            ...article.authors,
            ...article.photographers,
          ]),
        ),
      ].sort((a, b) => b.length - a.length)
      return { names, office: parsed.office ?? '', text }
    }),
  )
}

/**
 * A numbered archive built from the seed bulletins' patterns: each issue is a seed bulletin with
 * its issue numbered, its years moved, its people renamed and its street office swapped for one
 * of `officeCount` synthetic ones, so offices, people and periods vary as in a real archive.
 */
export const generateSyntheticArchive = async ({
  issueCount,
  officeCount = 12,
  seedDir,
}: {
  issueCount: number
  officeCount?: number
  seedDir: string
}): Promise<SyntheticFile[]> => {
  const seeds = await readSeeds(seedDir)
  return Array.from({ length: issueCount }, (_, index) => {
    const seed = seeds[index % seeds.length] ?? { names: [], office: '', text: '' }
    const year = 2000 + (Math.floor(index / seeds.length) % 25)
    let text = seed.text.replace(/(19|20)\d\d(?=\s*年)/g, String(year))
    for (const [nameIndex, name] of seed.names.entries()) {
      text = text.replace(
        new RegExp(escapeRegExp(name), 'g'),
        syntheticName(index * 17 + nameIndex * 101 + (index % 97)),
      )
    }
    const office = syntheticOffice(index % officeCount)
    if (seed.office) text = text.replaceAll(seed.office, office)
    return {
      fileName: `synthetic-${String(index).padStart(5, '0')}.txt`,
      office,
      text: `第${Math.floor(index / officeCount) + 1}期 总第${index + 1}期\n\n${text}`,
    }
  })
}
