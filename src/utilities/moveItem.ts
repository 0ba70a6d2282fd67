/** The list after moving one item up (-1) or down (+1); the same list when it cannot move. */
export const moveItem = <T>(items: T[], index: number, offset: -1 | 1): T[] => {
  const target = index + offset
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items
  const moved = [...items]
  const [item] = moved.splice(index, 1)
  if (item !== undefined) moved.splice(target, 0, item)
  return moved
}
