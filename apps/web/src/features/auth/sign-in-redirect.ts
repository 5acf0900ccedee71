/** Where the sign-in page sends people afterwards; only paths on this site. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/sign-in' || next.startsWith('/sign-in?')) return '/';
  return next;
}

/** The sign-in page, returning to `from` afterwards (left out for the home page). */
export function signInPath(from: string): string {
  const next = safeNextPath(from);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
