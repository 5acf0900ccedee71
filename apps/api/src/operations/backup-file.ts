/**
 * The backup file. One line of JSON in the clear, the header (format version,
 * the schema's last migration, the source dialect, when it was made, and each
 * table with its columns, row count and checksum), then the body: gzip'd
 * NDJSON, `{"table":…}` before each table's rows, one JSON array per row
 * (canonical values, in the header's column order), and `{"end":true}` last.
 * With a key the body is AES-256-GCM encrypted, the header authenticated with
 * it, and the 16-byte tag ends the file.
 */
import { createReadStream, createWriteStream } from 'fs';
import { open, stat } from 'fs/promises';
import { pipeline, Readable, Writable } from 'stream';
import { StringDecoder } from 'string_decoder';
import { pipeline as pipelineAsync } from 'stream/promises';
import { createGunzip, createGzip } from 'zlib';
import { keyId, newIv, openingStream, sealingStream, TAG_BYTES } from './backup-cipher';
import type { CanonicalValue } from './canonical-value';
import type { ColumnKind, ColumnPlan } from './column-kind';
import { OperationError } from './operation-error';

export const BACKUP_FORMAT = 'complaints-insight-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupTable {
  name: string;
  columns: ColumnPlan[];
  primaryKey: string[];
  autoIncrement: string | null;
  rows: number;
  checksum: string;
  /** The auto-increment counter's next value in the source; null for a table without one. */
  nextId: number | null;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  source: { dialect: 'sqlite' | 'mysql' };
  /** The schema: the last migration run on the source. */
  migration: string;
  compression: 'gzip';
  encryption: null | { algorithm: 'aes-256-gcm'; iv: string; keyId: string };
  tables: BackupTable[];
}

type Stream = NodeJS.ReadableStream | NodeJS.WritableStream | NodeJS.ReadWriteStream;

export type BodyRecord = { kind: 'table'; name: string } | { kind: 'row'; values: CanonicalValue[] } | { kind: 'end' };

/** A file that is not a backup, is damaged, altered or incomplete, or cannot be opened with the key given. */
export class BackupFileError extends OperationError {}

const MAX_HEADER_BYTES = 4 * 1024 * 1024;
const MAX_LINE_CHARS = 256 * 1024 * 1024;
const KINDS: readonly ColumnKind[] = ['integer', 'decimal', 'float', 'boolean', 'text', 'date', 'datetime', 'blob'];

// ---- writing ----

/**
 * Writes header and body to `path`, which must not exist (created 0600: it
 * holds personal data). `lines` yields the body's NDJSON text.
 */
export async function writeBackupFile(path: string, header: Omit<BackupHeader, 'encryption'>, key: Buffer | null, lines: AsyncIterable<string>): Promise<BackupHeader> {
  const iv = key ? newIv() : null;
  const full: BackupHeader = { ...header, encryption: key && iv ? { algorithm: 'aes-256-gcm', iv: iv.toString('base64'), keyId: keyId(key) } : null };
  const headerBytes = Buffer.from(`${JSON.stringify(full)}\n`, 'utf8');
  const file = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  await new Promise<void>((resolve, reject) => file.once('open', () => resolve()).once('error', reject));
  file.write(headerBytes);
  const stages: Stream[] = [Readable.from(lines), createGzip()];
  if (key && iv) stages.push(sealingStream(key, iv, headerBytes));
  await pipelineAsync([...stages, file]);
  return full;
}

// ---- reading ----

export interface OpenedBackup {
  path: string;
  header: BackupHeader;
  headerBytes: Buffer;
  size: number;
}

function damaged(path: string, why: string): BackupFileError {
  return new BackupFileError(`${path} is not a usable backup: ${why}; nothing was restored`);
}

function checkHeader(path: string, value: unknown): BackupHeader {
  const h = value as Partial<BackupHeader> | null;
  if (!h || typeof h !== 'object' || h.format !== BACKUP_FORMAT) throw damaged(path, 'it is not a Complaints Insight backup file');
  if (h.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw damaged(path, `it is in backup format ${String(h.formatVersion)}, and this version reads format ${BACKUP_FORMAT_VERSION}; use a newer version of Complaints Insight`);
  }
  const tablesOk =
    Array.isArray(h.tables) &&
    h.tables.every(
      (t) =>
        typeof t?.name === 'string' &&
        Array.isArray(t.columns) &&
        t.columns.length > 0 &&
        t.columns.every((c) => typeof c?.name === 'string' && KINDS.includes(c.kind)) &&
        Array.isArray(t.primaryKey) &&
        t.primaryKey.length > 0 &&
        Number.isInteger(t.rows) &&
        typeof t.checksum === 'string',
    );
  if (!tablesOk || typeof h.migration !== 'string' || (h.source?.dialect !== 'sqlite' && h.source?.dialect !== 'mysql')) {
    throw damaged(path, 'its header is incomplete');
  }
  if (h.encryption !== null && (h.encryption?.algorithm !== 'aes-256-gcm' || typeof h.encryption.iv !== 'string' || typeof h.encryption.keyId !== 'string')) {
    throw damaged(path, 'its header names an encryption this version does not know');
  }
  return h as BackupHeader;
}

/** Reads and checks the header alone. */
export async function openBackupFile(path: string): Promise<OpenedBackup> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new OperationError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(0x0a);
    if (end < 0) throw damaged(path, size === 0 ? 'it is empty' : 'it is not a Complaints Insight backup file');
    let parsed: unknown;
    try {
      parsed = JSON.parse(buffer.subarray(0, end).toString('utf8'));
    } catch {
      throw damaged(path, 'it is not a Complaints Insight backup file');
    }
    return { path, header: checkHeader(path, parsed), headerBytes: Buffer.from(buffer.subarray(0, end + 1)), size };
  } finally {
    await handle.close();
  }
}

/** The key check before any reading: an encrypted file needs BACKUP_KEY, and the right one. */
export function checkKey(backup: OpenedBackup, key: Buffer | null): void {
  const encryption = backup.header.encryption;
  if (!encryption) return;
  if (!key) throw new OperationError(`${backup.path} is encrypted: set BACKUP_KEY to the key it was written with; nothing was restored`);
  if (keyId(key) !== encryption.keyId) throw new OperationError(`${backup.path} was written with another key than BACKUP_KEY (key id ${encryption.keyId}); nothing was restored`);
}

function explain(path: string, error: unknown): BackupFileError {
  if (error instanceof BackupFileError) return error;
  const e = error as NodeJS.ErrnoException;
  const message = String(e?.message ?? error);
  if (/authenticate/i.test(message)) return damaged(path, 'it has been altered or cut short (its encryption does not authenticate)');
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end/i.test(message)) return damaged(path, 'it is incomplete (cut short)');
  if (typeof e?.code === 'string' && e.code.startsWith('Z_')) return damaged(path, 'its compressed data is damaged');
  return damaged(path, message);
}

function parseLine(path: string, line: string): BodyRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw damaged(path, 'a line of its data is not JSON');
  }
  if (Array.isArray(value)) {
    if (!value.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) throw damaged(path, 'a row holds a value of an unknown kind');
    return { kind: 'row', values: value as CanonicalValue[] };
  }
  const record = value as { table?: unknown; end?: unknown } | null;
  if (record && typeof record.table === 'string') return { kind: 'table', name: record.table };
  if (record && record.end === true) return { kind: 'end' };
  throw damaged(path, 'a line of its data is neither a row nor a table marker');
}

/** The file's body as stored, decrypted when it is encrypted (its tag checked only at the end of the stream). */
async function bodyStages(backup: OpenedBackup, key: Buffer | null): Promise<Stream[]> {
  checkKey(backup, key);
  const start = backup.headerBytes.length;
  const encryption = backup.header.encryption;
  const bodyEnd = backup.size - (encryption ? TAG_BYTES : 0);
  if (bodyEnd <= start) throw damaged(backup.path, 'it is incomplete (cut short)');
  const stages: Stream[] = [createReadStream(backup.path, { start, end: bodyEnd - 1 })];
  if (encryption && key) {
    const tag = Buffer.alloc(TAG_BYTES);
    const handle = await open(backup.path, 'r');
    try {
      await handle.read(tag, 0, TAG_BYTES, bodyEnd);
    } finally {
      await handle.close();
    }
    stages.push(openingStream(key, Buffer.from(encryption.iv, 'base64'), backup.headerBytes, tag));
  }
  return stages;
}

/**
 * Decrypts the whole body and discards it, to check its tag before anything
 * decrypted is read: an altered encrypted file is then always reported as
 * altered, never as whatever the altered bytes happen to decompress to.
 */
export async function authenticate(backup: OpenedBackup, key: Buffer | null): Promise<void> {
  if (!backup.header.encryption) return;
  const stages = await bodyStages(backup, key);
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  try {
    await pipelineAsync([...stages, discard]);
  } catch (error) {
    throw explain(backup.path, error);
  }
}

/** The body's records, decrypted, decompressed and parsed as they stream; errors say the file is damaged. */
export async function* bodyRecords(backup: OpenedBackup, key: Buffer | null): AsyncGenerator<BodyRecord> {
  const stages = await bodyStages(backup, key);
  stages.push(createGunzip());
  // Any stage's error (a failed tag, a short gzip stream) ends the iteration below with that error.
  const output = pipeline(stages, () => undefined) as unknown as AsyncIterable<Buffer>;
  // A character's bytes may be split between chunks.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of output) {
      pending += decoder.write(chunk);
      if (pending.length > MAX_LINE_CHARS) throw damaged(backup.path, 'a line of its data is too long');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line) yield parseLine(backup.path, line);
    }
  } catch (error) {
    throw explain(backup.path, error);
  }
  if (pending) throw damaged(backup.path, 'it is incomplete (cut short)');
}

/** The file's size, for the closing line of a backup. */
export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}
