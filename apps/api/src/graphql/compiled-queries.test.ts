import { COMPILED_QUERY_LIMITS, CompiledQueries } from './compiled-queries';

describe('CompiledQueries', () => {
  it('runs a document through graphql-js until it has run compileAfter times, then compiles it once', () => {
    const queries = new CompiledQueries<string>(2);
    const compile = jest.fn(() => 'compiled');
    expect(queries.lookup('q', compile)).toBeNull();
    expect(queries.lookup('q', compile)).toBeNull();
    expect(compile).not.toHaveBeenCalled();
    expect(queries.lookup('q', compile)).toBe('compiled');
    expect(queries.lookup('q', compile)).toBe('compiled');
    expect(compile).toHaveBeenCalledTimes(1);
    expect(queries.size).toEqual({ compiled: 1, counted: 0 });
  });

  it('compiles on the first run when compileAfter is 0', () => {
    const queries = new CompiledQueries<string>(0);
    expect(queries.lookup('q', () => 'compiled')).toBe('compiled');
  });

  it('remembers a document that cannot be compiled and does not try again', () => {
    const queries = new CompiledQueries<string>(0);
    const compile = jest.fn(() => null);
    expect(queries.lookup('q', compile)).toBeNull();
    expect(queries.lookup('q', compile)).toBeNull();
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('counts each document apart', () => {
    const queries = new CompiledQueries<string>(1);
    const compile = (key: string) => () => `compiled ${key}`;
    expect(queries.lookup('a', compile('a'))).toBeNull();
    expect(queries.lookup('b', compile('b'))).toBeNull();
    expect(queries.lookup('a', compile('a'))).toBe('compiled a');
    expect(queries.lookup('b', compile('b'))).toBe('compiled b');
  });

  it('keeps at most its limits of compiled and counted documents, least recently used out first', () => {
    const queries = new CompiledQueries<string>(0);
    for (let i = 0; i <= COMPILED_QUERY_LIMITS.compiled; i++) queries.lookup(`q${i}`, () => `c${i}`);
    expect(queries.size.compiled).toBe(COMPILED_QUERY_LIMITS.compiled);
    // q0 was pushed out: it compiles again.
    const compile = jest.fn(() => 'again');
    expect(queries.lookup('q0', compile)).toBe('again');
    expect(compile).toHaveBeenCalledTimes(1);

    const counting = new CompiledQueries<string>(5);
    for (let i = 0; i < COMPILED_QUERY_LIMITS.counted + 10; i++) counting.lookup(`d${i}`, () => 'never');
    expect(counting.size).toEqual({ compiled: 0, counted: COMPILED_QUERY_LIMITS.counted });
  });
});
