import http from 'node:http';
import net from 'node:net';
import type { FixtureServer } from '../e2e/fixture-server';

/**
 * Firefox has no resolver rules like Chromium's, so board pages reach the fixture server through this
 * local proxy instead (Firefox's network.proxy prefs point at it): the page keeps its real address, the
 * content script's match patterns are exercised for real, and no request can leave the machine.
 * https tunnels (CONNECT) and plain requests alike end at the fixture server, which speaks both on one port.
 */
export interface BoardProxy {
  port: number;
  /** Every host Firefox asked the proxy for, as "host:port" for tunnels and "host" for plain requests. */
  hosts: string[];
  close(): Promise<void>;
}

export async function startBoardProxy(fixtures: FixtureServer): Promise<BoardProxy> {
  const hosts: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    // A proxied plain request names its absolute address; the fixture server keys pages by host and path.
    const url = new URL(request.url ?? '/');
    hosts.push(url.host);
    const forward = http.request(
      { host: '127.0.0.1', port: fixtures.port, method: request.method, path: url.pathname + url.search, headers: { ...request.headers, host: url.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => response.writeHead(502).end());
    request.pipe(forward);
  });
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    hosts.push(request.url ?? '');
    const upstream = net.connect(fixtures.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    hosts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
