/**
 * Reading the deployment files (docker/*.Dockerfile, docker/compose.yaml,
 * .env.example) for the deploy checks (operations/deploy-files.test.ts,
 * container-start.integration.test.ts), which cannot build or run images on
 * machines without a Docker engine.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

export const REPO_ROOT = join(__dirname, '../../../..');

export function repoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

export interface DockerfileStage {
  name: string | null;
  /** Instructions with continuation lines joined, comments dropped. */
  instructions: Array<{ keyword: string; args: string }>;
}

/** The stages of a Dockerfile, in order. */
export function dockerfileStages(text: string): DockerfileStage[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  const stages: DockerfileStage[] = [];
  for (const line of joined.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(trimmed) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      stages.push({ name: /\bAS\s+(\S+)/i.exec(args)?.[1] ?? null, instructions: [] });
    }
    stages[stages.length - 1]?.instructions.push({ keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ').trim() });
  }
  return stages;
}

/** The last value of an instruction in a stage (e.g. the USER it ends with, its CMD). */
export function lastInstruction(stage: DockerfileStage, keyword: string): string | null {
  return stage.instructions.filter((i) => i.keyword === keyword).at(-1)?.args ?? null;
}

/** `ENV A=1 B=2` lines of a stage as a map. */
export function stageEnv(stage: DockerfileStage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    for (const [, key, value] of args.matchAll(/([A-Z_][A-Z0-9_]*)=("[^"]*"|\S+)/g)) env[key!] = value!.replace(/^"|"$/g, '');
  }
  return env;
}

/** The parts of a compose service the checks read. */
export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  restart?: string;
  environment: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: unknown };
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

/** The compose file with YAML merge keys (<<) resolved, as Compose reads it. */
export function composeFile(): ComposeFile {
  return parse(repoFile('docker/compose.yaml'), { merge: true }) as ComposeFile;
}

/** Variables the compose file takes from the environment or docker/.env (${NAME…}). */
export function composeVariables(): string[] {
  return [...new Set([...repoFile('docker/compose.yaml').matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

/** Settings named in .env.example, set or commented out (`KEY=…` or `#KEY=…`). */
export function envExampleKeys(): string[] {
  return [...repoFile('.env.example').matchAll(/^#?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!).sort();
}
