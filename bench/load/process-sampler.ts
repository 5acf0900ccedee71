/**
 * The API's memory and CPU during the run, read from /proc: VmRSS of the API
 * process and of its descendants (on SQLite it forks reader processes for
 * aggregates), summed, once a second; CPU as the ticks the tree used over the
 * run (the root's cutime/cstime keep those of readers that have exited).
 * Linux only; elsewhere the figures are null.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';

/** USER_HZ: 100 on every Linux this runs on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** utime + stime, and with `withChildren` cutime + cstime too. */
  ticks: number;
}

function readStat(pid: number, withChildren: boolean): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state ppid … utime(14) stime(15) cutime(16) cstime(17), numbered from pid = 1.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return { ppid: Number(fields[1]), ticks: utime + stime + (withChildren ? cutime + cstime : 0) };
  } catch {
    return null; // It exited between listing and reading.
  }
}

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The root and every process below it. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry), false);
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(entry)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function treeTicks(tree: number[]): number {
  return tree.reduce((sum, pid, i) => sum + (readStat(pid, i === 0)?.ticks ?? 0), 0);
}

export interface ProcessFigures {
  /** Resident memory of the API processes and their child processes, MB. */
  startMb: number;
  peakMb: number;
  endMb: number;
  /** Most processes in the trees at once (1 = one API process alone). */
  processes: number;
  /** CPU used over the run, % of one core (200 % = both cores of this machine). */
  cpuPercent: number;
}

export class ProcessSampler {
  private readonly samples: number[] = [];
  private processes = 1;
  private timer: NodeJS.Timeout | null = null;
  private startTicks = 0;
  private startedAt = 0;

  /** `roots`: the API processes (several with --processes), each counted with its descendants. */
  constructor(private readonly roots: readonly number[]) {}

  static available(): boolean {
    return existsSync('/proc/self/status');
  }

  private sample(): number[][] {
    const trees = this.roots.map(processTree);
    this.processes = Math.max(this.processes, trees.reduce((sum, tree) => sum + tree.length, 0));
    this.samples.push(trees.flat().reduce((sum, pid) => sum + rssKb(pid), 0) / 1024);
    return trees;
  }

  private static ticks(trees: number[][]): number {
    return trees.reduce((sum, tree) => sum + treeTicks(tree), 0);
  }

  start(intervalMs = 1000): void {
    this.startTicks = ProcessSampler.ticks(this.sample());
    this.startedAt = performance.now();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  stop(): ProcessFigures {
    if (this.timer) clearInterval(this.timer);
    const ticks = ProcessSampler.ticks(this.sample()) - this.startTicks;
    const seconds = (performance.now() - this.startedAt) / 1000;
    const mb = (n: number) => Math.round(n * 10) / 10;
    return {
      startMb: mb(this.samples[0]),
      peakMb: mb(Math.max(...this.samples)),
      endMb: mb(this.samples[this.samples.length - 1]),
      processes: this.processes,
      cpuPercent: Math.round((ticks / TICKS_PER_SECOND / seconds) * 1000) / 10,
    };
  }
}
