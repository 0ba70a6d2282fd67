type IssueTitleParts = {
  issueNumber?: null | number
  period?: null | string
  publication?: null | string
  runningNumber?: null | number
}

/** An issue's title as staff would say it: 平凉之窗 2021年3月 第2期（总第45期）. */
export const formatIssueTitle = ({
  issueNumber,
  period,
  publication,
  runningNumber,
}: IssueTitleParts): string => {
  const [year, month] = (period ?? '').split('-')
  const parts = [
    publication ?? '',
    year && month ? `${year}年${Number(month)}月` : '',
    issueNumber ? `第${issueNumber}期` : '',
  ].filter((part) => part !== '')
  const title = parts.join(' ')
  return runningNumber ? `${title}（总第${runningNumber}期）` : title
}
