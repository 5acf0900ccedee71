/**
 * Which query documents run compiled (graphql-jit) and which through graphql-js.
 *
 * Compiling a document generates and evaluates JavaScript for it: worth it for a document the web app sends again
 * and again (a trend's 3,000 fields complete in a tenth of the time), a waste for one sent once, and a cost an
 * attacker could multiply by sending ever-new documents. So, as Mercurius does with its `jit` option, a document is
 * compiled only once it has run `compileAfter` times, and both the run counts and the compiled documents are
 * bounded, least recently used first out. A document that cannot be compiled is remembered as such and always runs
 * through graphql-js.
 */
import { LruMap } from '../result-cache/lru';

/** How many documents are kept compiled, and how many not-yet-compiled documents' runs are counted. */
export const COMPILED_QUERY_LIMITS = { compiled: 256, counted: 4096 } as const;

const UNBOUNDED = { maxBytes: Number.MAX_SAFE_INTEGER, maxAgeMs: Number.POSITIVE_INFINITY };

export class CompiledQueries<C> {
  /** null: tried, could not be compiled. */
  private readonly compiled = new LruMap<C | null>({ maxEntries: COMPILED_QUERY_LIMITS.compiled, ...UNBOUNDED }, () => 0);
  private readonly runs = new LruMap<number>({ maxEntries: COMPILED_QUERY_LIMITS.counted, ...UNBOUNDED }, () => 0);

  constructor(
    /** Runs through graphql-js before a document is compiled (0: compile on its first run). */
    readonly compileAfter: number,
  ) {}

  /** The compiled form of this document, compiling it on the run that reaches `compileAfter`; null: run it through graphql-js. */
  lookup(key: string, compile: () => C | null): C | null {
    const known = this.compiled.get(key);
    if (known !== undefined) return known;
    const runs = (this.runs.get(key) ?? 0) + 1;
    if (runs <= this.compileAfter) {
      this.runs.set(key, runs);
      return null;
    }
    this.runs.delete(key);
    const compiled = compile();
    this.compiled.set(key, compiled);
    return compiled;
  }

  get size(): { compiled: number; counted: number } {
    return { compiled: this.compiled.size, counted: this.runs.size };
  }
}
