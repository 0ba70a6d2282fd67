// General knowledge of Chinese names and titles used to find the people an article names.

/** The commonest single-character surnames (together over 90% of the population). */
const singleSurnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伏仝区郜阚'

const compoundSurnames = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
]

const surnameSet = new Set(singleSurnames)

/** Whether a word is a two-character surname alone (欧阳), cut from its given name. */
export const isCompoundSurname = (word: string): boolean => compoundSurnames.includes(word)

/** Whether a word could be a person's name: a surname and one or two given-name characters. */
export const looksLikeName = (word: string): boolean => {
  if (!/^\p{Script=Han}{2,4}$/u.test(word)) return false
  const compound = compoundSurnames.some((surname) => word.startsWith(surname))
  if (compound) return word.length >= 3
  return surnameSet.has(word[0] ?? '') && word.length <= 3
}

/** Words that end a role or title printed before (or after) a name. */
export const titleWords = [
  '书记',
  '主任',
  '主席',
  '局长',
  '区长',
  '市长',
  '镇长',
  '乡长',
  '县长',
  '部长',
  '处长',
  '科长',
  '股长',
  '所长',
  '站长',
  '院长',
  '校长',
  '园长',
  '馆长',
  '队长',
  '组长',
  '班长',
  '社长',
  '会长',
  '理事长',
  '秘书长',
  '主委',
  '委员',
  '常委',
  '代表',
  '调研员',
  '巡视员',
  '科员',
  '干事',
  '专员',
  '主管',
  '经理',
  '董事长',
  '总监',
  '主编',
  '记者',
  '律师',
  '教师',
  '老师',
  '教授',
  '医生',
  '医师',
  '护士',
  '民警',
  '警官',
  '检察官',
  '法官',
  '咨询师',
  '社工',
  '指导员',
  '协调员',
  '联络员',
  '网格员',
  '志愿者',
  '楼组长',
  '居民',
  '党员',
  '主持人',
  '负责人',
  '创始人',
  '工作者',
  '专家',
  '作家',
  '画家',
  '书法家',
  '厂长',
  '总裁',
  '行长',
  '审计师',
  '工程师',
  '讲师',
  '辅导员',
  '督导',
  '副主委',
  '委员长',
]

/** Titles printed after a name: 张文宏代表, 朱泽华老师, 孙凯哲律师. */
const followingTitleWords = [
  '代表',
  '老师',
  '律师',
  '医生',
  '教授',
  '同志',
  '书记',
  '主任',
  '先生',
  '女士',
  '阿姨',
  '师傅',
  '委员',
  '院士',
  '警官',
]

const titleWordPattern = new RegExp(`(${titleWords.join('|')})$`, 'u')
const titleWordStart = new RegExp(`^(${followingTitleWords.join('|')})`, 'u')

/** Characters that after a title word make a longer word, not a name: 居民区, 委员会, 代表团. */
const compoundAfterTitle = '区会代们团队大群家小服事共负参者'
/** Function characters never starting a name. */
const functionStart = '的地得在和与及等是了也都就将对向为把被从'

const followingTitlePattern = new RegExp(`(${followingTitleWords.join('|')})$`, 'u')
const notNameStart = new Set([...compoundAfterTitle, ...functionStart])
const isHanChar = (char: string | undefined): boolean =>
  char !== undefined && /\p{Script=Han}/u.test(char)

/** Longest title word: how far back from a title's last character its first can be. */
const maxTitleLength = Math.max(...titleWords.map((word) => word.length))

/** 副书记宋杰, 副主任)季鸣亚: a title ending at index, then a name-like character. */
export const isTitleThenName = (text: string, index: number): boolean => {
  if (!titleWordPattern.test(text.slice(Math.max(0, index - maxTitleLength + 1), index + 1))) {
    return false
  }
  const after = text[index + 1] === ')' || text[index + 1] === '）' ? index + 2 : index + 1
  return isHanChar(text[after]) && !notNameStart.has(text[after] ?? '')
}

/** 张文宏代表, 孙凯哲律师: a surname-led word of two or three, then a title ending at index. */
export const isNameThenTitle = (text: string, index: number): boolean => {
  const match = followingTitlePattern.exec(text.slice(Math.max(0, index - 2), index + 1))
  if (!match) return false
  const titleStart = index + 1 - (match[1]?.length ?? 0)
  return [2, 3].some(
    (length) =>
      surnameSet.has(text[titleStart - length] ?? '') &&
      isHanChar(text[titleStart - 1]) &&
      isHanChar(text[titleStart - length + 1]),
  )
}

/** Last characters of every title: only there can a title end. */
export const titleEndCodes = new Set(
  [...titleWords, ...followingTitleWords].map((word) => word.charCodeAt(word.length - 1)),
)

/**
 * Whether a clause may name a person with a role: only such clauses are segmented. Scans for
 * titles' last characters and looks around them, rather than trying every title everywhere.
 */
export const mayNamePerson = (text: string): boolean => {
  for (let index = 0; index < text.length; index++) {
    if (!titleEndCodes.has(text.charCodeAt(index))) continue
    if (isTitleThenName(text, index) || isNameThenTitle(text, index)) return true
  }
  return false
}

/** Whether a role phrase ends with a title (…党工委副书记, 律师). */
export const endsWithTitle = (text: string): boolean => titleWordPattern.test(text)

/** Whether a text ends with a title qualified by what precedes it (党工委副书记, not 、主任). */
export const endsWithQualifiedTitle = (text: string): boolean => {
  const match = titleWordPattern.exec(text)
  return match !== null && /\p{Script=Han}/u.test(text[match.index - 1] ?? '')
}

/** The title a name is followed by (张文宏代表, 朱泽华老师), if any. */
export const readFollowingTitle = (text: string): null | string =>
  titleWordStart.exec(text)?.[1] ?? null

/** Characters an HMM-found name swallows from the next word: 刘燮来 (来到), 厉蕾作 (作讲话). */
export const swallowedVerbChars = new Set(
  '来去到在对向为与和及等说表指主率带陪出参讲提要也都就作是将把被从'.split(''),
)

/** Single characters that are words of their own, never the last character of a name. */
export const standaloneChars = new Set(
  '了的等也又就都在和与及说讲到来去对向为把被从给让使将要会能已曾还再并而但或即则后前中上下里外时年月日号个名位人家户次项条份是作率带陪出参提表指主'.split(
    '',
  ),
)

/** A character that turns the word before it into an office or title: 楼组长, 文明办. */
export const officeSuffixChars = new Set('长员办委部处科局会队组站所院校司厅署社'.split(''))

/** Forms of address, not names: 钱阿姨, 王师傅, 老张, 小李. */
const formOfAddress =
  /^(\p{Script=Han}(阿姨|阿婆|阿伯|阿公|师傅|大爷|大妈|大姐|大哥|奶奶|爷爷|婆婆|伯伯|叔叔|阿姨)|[老小阿]\p{Script=Han})$/u

/** Whether a word is how people are addressed (钱阿姨, 老张) rather than a name. */
export const isFormOfAddress = (word: string): boolean => formOfAddress.test(word)
