/**
 * The fields an audited change altered, read from its before and after
 * snapshots, with each value in words for the log's page (lists joined,
 * yes/no for flags). Pure, so the log's rendering is tested without a database.
 */

export type Snapshot = Record<string, unknown>;

export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A snapshot stored as JSON, or null when there is none (or it is not an object). */
export function parseSnapshot(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Snapshot) : null;
  } catch {
    return null;
  }
}

export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.map((v) => displayValue(v) ?? '').join(', ') : null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Each field whose value differs, in the order the snapshots name them (after's fields first). */
export function auditChanges(before: Snapshot | null, after: Snapshot | null): AuditChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return fields.flatMap((field) => {
    const from = before?.[field] ?? null;
    const to = after?.[field] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) return [];
    return [{ field, before: displayValue(from), after: displayValue(to) }];
  });
}
