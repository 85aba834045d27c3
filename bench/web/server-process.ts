// The process that serves a port, and its resident memory, read from Linux's /proc (the soak runs
// on Linux only). `next start` may run the server in a child of the process it was started as, so
// the serving process is found by its listening socket: the port's LISTEN entry in /proc/net/tcp
// and tcp6 names a socket inode, and the process holding that inode in /proc/<pid>/fd is the
// server. Its memory is summed with its descendants' (workers it may start).
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

const LISTEN = "0A";

/** Inodes of the sockets listening on `port` (any address, IPv4 or IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const row of text.split("\n").slice(1)) {
      const cols = row.trim().split(/\s+/);
      const [localAddress, state, inode] = [cols[1], cols[3], cols[9]];
      if (localAddress?.endsWith(`:${hexPort}`) && state === LISTEN && inode && inode !== "0") inodes.add(inode);
    }
  }
  return inodes;
}

function pids(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** The process(es) holding a socket that listens on `port`: the topmost of them when a parent and its child share it. */
export function findServingPids(port: number): number[] {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) throw new Error(`Nothing listens on port ${port} on this machine (read from /proc/net/tcp and tcp6).`);
  const owners: number[] = [];
  for (const pid of pids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(target);
      if (m && inodes.has(m[1]!)) {
        owners.push(pid);
        break;
      }
    }
  }
  if (owners.length === 0) throw new Error(`Port ${port} is listening but its process cannot be read here; set BENCH_PID to the server's process id.`);
  const set = new Set(owners);
  return owners.filter((pid) => !set.has(parentOf(pid) ?? -1));
}

/** `roots` and all their descendants. */
export function withDescendants(roots: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  for (const pid of pids()) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const out: number[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (out.includes(pid)) continue;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident memory (VmRSS) of one process in bytes; 0 when it has gone. */
export function residentBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `roots` and their descendants (looked up again on every call: workers come and go). */
export function treeResidentBytes(roots: readonly number[]): { bytes: number; pids: number[] } {
  const all = withDescendants(roots);
  return { bytes: all.reduce((sum, pid) => sum + residentBytes(pid), 0), pids: all };
}
