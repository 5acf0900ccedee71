/**
 * The order an import saves its rows in, as chunks of row indices. Saving in
 * chunks lets the API yield to other requests between them (on SQLite every
 * statement runs on the event loop). Rows with a reference given in the file
 * come first, so that when the rows without one are numbered the given
 * references are already saved and are skipped, exactly as when the whole
 * file was saved in one batch. Within each kind, file order is kept.
 */
export function saveChunks(hasReference: readonly boolean[], size: number): number[][] {
  if (!(size >= 1)) throw new Error('chunk size must be at least 1');
  const indices = hasReference.map((_, i) => i);
  const order = [...indices.filter((i) => hasReference[i]), ...indices.filter((i) => !hasReference[i])];
  const chunks: number[][] = [];
  for (let start = 0; start < order.length; start += size) chunks.push(order.slice(start, start + size));
  return chunks;
}
