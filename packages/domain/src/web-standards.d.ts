// URLSearchParams is a WHATWG standard both runtimes have (Node's globals, the browser's DOM);
// declared here, as far as the parser uses it, so the package needs neither lib.
declare class URLSearchParams {
  constructor(init?: string);
  getAll(name: string): string[];
}
