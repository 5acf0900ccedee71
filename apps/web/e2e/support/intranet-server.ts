/**
 * A stand-in for an intranet page: a plain static HTTP server on its own
 * local port (so its own origin), serving one HTML page with whatever snippet
 * the test pastes into it. Nothing of the product is served from here.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IntranetServer {
  origin: string;
  /** Replaces the page's body (the snippet goes here). */
  setBody(html: string): void;
  close(): Promise<void>;
}

function page(body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Intranet news</title></head>
<body>
<h1>Intranet news</h1>
<p>Complaints to Children’s Services this year:</p>
${body}
<p id="after-the-chart">More news below the chart.</p>
</body>
</html>`;
}

/** Listens on 127.0.0.1:`port` (0: any free port). */
export async function startIntranetServer(port = 0): Promise<IntranetServer> {
  let body = '';
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || (request.url ?? '/').split('?')[0] !== '/') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    setBody: (html) => {
      body = html;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
