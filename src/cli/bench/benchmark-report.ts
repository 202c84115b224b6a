import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '@/server/migrations';

const reportPath = path.join(projectRoot, 'docs', 'benchmarks.md');

const preamble = `# Benchmarks

Written by the \`npm run bench:*\` scripts (each replaces its own section). Figures are
from the machine named in each section; these machines are noisy, so each benchmark
also measures a floor in the same run and quotes the ratio to it.
`;

/** Replaces (or adds) one benchmark's section of docs/benchmarks.md. */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const current = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : preamble;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(reportPath, next);
}

/** The machine a section was measured on: CPUs, memory, Node, and what else ran (`extra`). */
export function describeMachine(extra = 'PostgreSQL (local)'): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${extra}`;
}

/** A section heading's time: now, to the minute, in UTC. */
export function reportTime(): string {
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
