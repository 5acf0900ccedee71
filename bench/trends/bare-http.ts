/**
 * The machine's own floor for a request, beside the API's: a bare Node HTTP server in a process of its own, answering
 * every POST with the same small JSON body as a no-op GraphQL request, timed by the bench's own client. What it costs
 * is the loopback round trip and two processes waking, which no code in the API can remove: on the two-core virtual
 * machines here it roughly doubles after a pause of a few milliseconds (bench/README.md, session 32), as the trend
 * timings' own pauses (the raw SQL run between two GraphQL requests) make it.
 */
import { spawn, type ChildProcess } from 'child_process';

const SERVER = `
const http = require('http');
const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end('{"data":{"__typename":"Query"}}');
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

export interface BareHttpServer {
  url: string;
  stop(): void;
}

export function startBareHttpServer(): Promise<BareHttpServer> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the bare HTTP server stopped (exit ${code})`)));
    child.stdout!.once('data', (chunk: Buffer) => {
      child.removeAllListeners('exit');
      resolve({ url: `http://127.0.0.1:${Number(String(chunk).trim())}/graphql`, stop: () => child.kill() });
    });
  });
}
