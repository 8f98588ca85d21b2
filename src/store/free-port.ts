import net from 'node:net';

function tryListen(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * The first free TCP port from `preferred` on (up to `attempts` of them), or any free port
 * the system hands out when `preferred` is 0 or all of those are taken.
 */
export async function findFreePort(preferred = 0, host = '127.0.0.1', attempts = 20): Promise<number> {
  if (preferred > 0) {
    for (let port = preferred; port < preferred + attempts && port <= 65535; port++) {
      if ((await tryListen(port, host)) !== undefined) return port;
    }
  }
  const port = await tryListen(0, host);
  if (port === undefined) throw new Error(`no free TCP port on ${host}`);
  return port;
}
