// A local HTTP server for the link tests: 127.0.0.1 on an ephemeral port, one
// behaviour per path, counting every request it sees.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  origin: string;
  port: number;
  seen: Seen[];
  count(path: string): number;
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hits: number, server: TestServer) => void;

export async function startServer(routes: Record<string, Handler>, host = '127.0.0.1'): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const hits = new Map<string, number>();
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    seen.push({ method: req.method ?? '', path, headers: req.headers });
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404).end('not found');
      return;
    }
    handler(req, res, n, api);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const api: TestServer = {
    origin: `http://${host}:${port}`,
    port,
    seen,
    count: (path) => seen.filter((s) => s.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return api;
}

export const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    void res.writeHead(code, headers).end(code >= 400 ? `status ${code}` : 'ok');

export const redirect =
  (code: number, location: string): Handler =>
  (_req, res) =>
    void res.writeHead(code, { location }).end();
