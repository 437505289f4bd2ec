import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SHARED_PAGES = path.resolve(import.meta.dirname, '../../shared/fixtures/pages');
export const SYNTHETIC_PAGES = path.resolve(import.meta.dirname, '../tests/capture/pages');

export interface ServedPage {
  /** The page's real address, e.g. https://boards.greenhouse.io/anthropic/jobs/4182383008 */
  url: string;
  /** File on disk (read in place, never copied). */
  file?: string;
  /** Or literal HTML written by a test. */
  html?: string;
}

export interface FixtureServer {
  port: number;
  /** For Chromium's --host-resolver-rules: every host name resolves here, so no request leaves the machine. */
  resolverRule: string;
  serve(page: ServedPage): void;
  /** Every request the server saw, as "host/path". */
  requests: string[];
  close(): Promise<void>;
}

/** The pages listed in ../shared/fixtures/pages/cases.json, at their real addresses. */
export function sharedCases(): { file: string; url: string; expect: Record<string, string> }[] {
  return JSON.parse(readFileSync(path.join(SHARED_PAGES, 'cases.json'), 'utf8')).cases;
}

/**
 * One port that speaks both plain HTTP and TLS (peeking at the first byte), so boards on HSTS-preloaded
 * hosts (jobs.ashbyhq.com) load over https while others use http, all under their real host names.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, ServedPage>();
  const requests: string[] = [];
  const keyOf = (host: string, pathname: string) => `${host.replace(/:\d+$/, '')}${pathname}`;
  const handler: http.RequestListener = (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    requests.push(keyOf(url.host, url.pathname));
    const page = pages.get(keyOf(url.host, url.pathname));
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    const body = page.html ?? readFileSync(page.file!);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(selfSignedCertificate(), handler);
  const front = net.createServer((socket) => {
    // Read one byte without consuming it: 0x16 opens a TLS handshake, anything else is plain HTTP.
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return;
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;
  return {
    port,
    resolverRule: `MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    serve(page) {
      const url = new URL(page.url);
      pages.set(keyOf(url.host, url.pathname), page);
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        plain.closeAllConnections();
        secure.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}

let certificate: { key: Buffer; cert: Buffer } | undefined;
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  if (certificate) return certificate;
  const dir = mkdtempSync(path.join(tmpdir(), 'ajar-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=ajar-test'], { stdio: 'ignore' });
  if (!existsSync(cert)) throw new Error('openssl could not make a test certificate');
  certificate = { key: readFileSync(key), cert: readFileSync(cert) };
  // Held in memory from here on: leave no key files behind in the temp folder.
  rmSync(dir, { recursive: true, force: true });
  return certificate;
}
