import { createServer, type Server } from 'node:http';
import type { createApi } from './yoga.js';

/** Listens on host:port with the API; resolves once it accepts connections. */
export function listen(api: ReturnType<typeof createApi>, host: string, port: number): Promise<Server> {
  const server = createServer(api);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
