/** How many records one page of a list (contacts, information requests) may hold. */
export const PAGE_SIZE = { default: 50, max: 200 } as const;

/** The page size asked for, or the problem with it (named as the GraphQL argument `page.first`). */
export function pageSizeOf(first: number | null | undefined): { size: number } | { problem: { field: string; message: string } } {
  const size = first ?? PAGE_SIZE.default;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_SIZE.max) return { problem: { field: 'page.first', message: `must be between 1 and ${PAGE_SIZE.max}` } };
  return { size };
}
