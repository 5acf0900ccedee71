/**
 * Polls `condition` until it holds, for tests that wait on something another
 * process or the event loop does (a statement starting, a place coming free).
 * Fails naming `what` after 20 s, well inside the tests' own time limits.
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, everyMs = 20): Promise<void> {
  for (const started = Date.now(); !(await condition()); await new Promise((r) => setTimeout(r, everyMs))) {
    if (Date.now() - started > 20_000) throw new Error(`Timed out waiting for ${what}`);
  }
}
