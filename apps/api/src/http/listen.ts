/**
 * Starts listening and settles only once the port is really bound, so start-up
 * never announces a server that is not there. Failure is a ListenError whose
 * message tells the operator what to change.
 */
import type { Server } from 'http';
import type { Express } from 'express';

export class ListenError extends Error {}

export function listenFailureMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use; set PORT to a free port (or stop whatever is using ${port})`;
    case 'EACCES':
      return `not allowed to listen on port ${port}; set PORT to a port above 1023`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on host ${host}: no such address on this machine; set HOST (e.g. 127.0.0.1 or 0.0.0.0)`;
    default:
      return `cannot listen on ${host}:${port} (${error.code ?? error.message})`;
  }
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(new ListenError(listenFailureMessage(error, host, port)));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server);
    };
    server.once('error', onError);
    server.once('listening', onListening);
  });
}
