import { readdir, readFile } from 'node:fs/promises'

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const ticksPerSecond = 100

type ProcStat = { cpuSeconds: number; parentPid: number; pid: number }

/**
 * One process's line of /proc/<pid>/stat: its parent, and the user + system time of itself and
 * of its children that have ended (PostgreSQL backends come and go with their connections).
 */
const readProcStat = async (pid: number): Promise<null | ProcStat> => {
  try {
    const line = await readFile(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: the fields after it are split.
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ')
    const parentPid = Number(fields[1])
    const ticks = [11, 12, 13, 14].reduce((sum, field) => sum + Number(fields[field]), 0)
    return { cpuSeconds: ticks / ticksPerSecond, parentPid, pid }
  } catch {
    return null
  }
}

/**
 * CPU seconds (user + system) used so far by the living descendants of a process — the embedded
 * PostgreSQL server and its backends, for a benchmark that started it. CPU time, unlike elapsed
 * time, is not inflated by other work on a shared machine.
 */
export const readDescendantsCpuSeconds = async (rootPid: number): Promise<number> => {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number)
  const stats = (await Promise.all(pids.map(readProcStat))).filter(
    (stat): stat is ProcStat => stat !== null,
  )
  const children = new Map<number, ProcStat[]>()
  for (const stat of stats)
    children.set(stat.parentPid, [...(children.get(stat.parentPid) ?? []), stat])
  let total = 0
  const pending = [...(children.get(rootPid) ?? [])]
  for (let stat = pending.pop(); stat; stat = pending.pop()) {
    total += stat.cpuSeconds
    pending.push(...(children.get(stat.pid) ?? []))
  }
  return total
}

/** CPU seconds used so far by this process itself. */
export const readOwnCpuSeconds = (): number => {
  const { system, user } = process.cpuUsage()
  return (system + user) / 1e6
}
