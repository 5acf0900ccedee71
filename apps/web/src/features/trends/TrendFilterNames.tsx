import { useEffect } from 'react';
import { useReferenceOptionsQuery, type ReferenceOptions } from '../reference/useReferenceOptionsQuery';

/**
 * Loads the reference data that names a question's filter codes (channel LETTER → "Letter")
 * and hands it up. Rendered, and so loaded, only when the question has filters: an
 * unfiltered answer's title names no reference data.
 */
export default function TrendFilterNames({ onLoad }: { onLoad: (options: ReferenceOptions) => void }) {
  const [reference] = useReferenceOptionsQuery();
  useEffect(() => {
    if (reference.data) onLoad(reference.data);
  }, [reference.data, onLoad]);
  return null;
}
