import { formatSlug } from './formatSlug'

/**
 * An issue's address within its office: its period (`2021-01`), followed by its issue number
 * (第N期), or its running number (总第N期) when only that is printed (`2021-03-45`).
 */
export const formatIssueSlug = ({
  issueNumber,
  period,
  runningNumber,
}: {
  issueNumber?: null | number
  period?: null | string
  runningNumber?: null | number
}): string => {
  const number = issueNumber ?? runningNumber
  return formatSlug([period ?? '', number ? String(number) : ''].filter(Boolean).join('-'))
}
