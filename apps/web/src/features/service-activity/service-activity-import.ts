/**
 * Sends a social care activity CSV to the API's POST /import/service-activity
 * (Content-Type text/csv; the session cookie signs it in, same origin), first
 * as a dry run, and reads its answer: 200 { valid }, 201 { imported,
 * financialYears }, or 4xx { error, problems? } with nothing saved.
 */
export const SERVICE_ACTIVITY_IMPORT_PATH = '/import/service-activity';

export interface ImportProblem {
  line: number;
  field: string | null;
  message: string;
}

export type ImportOutcome =
  | { kind: 'checked'; valid: number }
  | { kind: 'imported'; financialYears: string[] }
  | { kind: 'refused'; message: string; problems: ImportProblem[] };

const UNREACHABLE = 'The file was not sent because Complaints Insight could not reach its server. Check your connection and try again.';

export async function postServiceActivityCsv(file: Blob, dryRun: boolean, send: typeof fetch = fetch): Promise<ImportOutcome> {
  let response: Response;
  try {
    response = await send(`${SERVICE_ACTIVITY_IMPORT_PATH}?dryRun=${dryRun}`, {
      method: 'POST',
      // Spreadsheets' CSV files often arrive typed as Excel or with no type: the API takes text/csv.
      headers: { 'Content-Type': 'text/csv' },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    return { kind: 'refused', message: UNREACHABLE, problems: [] };
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.status === 200 && typeof body?.valid === 'number') return { kind: 'checked', valid: body.valid };
  if (response.status === 201 && Array.isArray(body?.financialYears)) {
    return { kind: 'imported', financialYears: body.financialYears.filter((y): y is string => typeof y === 'string') };
  }
  return { kind: 'refused', message: refusalMessage(response.status, body), problems: problemsOf(body) };
}

function refusalMessage(status: number, body: Record<string, unknown> | null): string {
  if (status === 401) return 'Your session has ended. Sign in again, then import the file.';
  if (status === 403) return 'Your role does not allow importing social care activity figures.';
  if (typeof body?.error === 'string') return body.error;
  return 'The file could not be imported. Try again, and if the problem continues contact the system administrator.';
}

function problemsOf(body: Record<string, unknown> | null): ImportProblem[] {
  if (!Array.isArray(body?.problems)) return [];
  return body.problems.flatMap((p: unknown) => {
    if (typeof p !== 'object' || p === null) return [];
    const { line, field, message } = p as Record<string, unknown>;
    if (typeof line !== 'number' || typeof message !== 'string') return [];
    return [{ line, field: typeof field === 'string' ? field : null, message }];
  });
}

/** 'Line 3, initial_assessments: must be …' as a sentence people can act on. */
export function problemText({ line, field, message }: ImportProblem): string {
  return field ? `Line ${line}, column ${field}: ${message}` : `Line ${line}: ${message}`;
}
