/** Types for server/static-server.js (plain Node, used by npm start and the tests). */
import type { Server } from 'http';
import type { ServerOptions } from 'https';

export interface StaticServerOptions {
  /** https.createServer options (key, cert, ca), or null for plain HTTP. */
  readonly tls?: ServerOptions | null;
  readonly log?: ((line: string) => void) | null;
}

export function createStaticServer(root: string, options?: StaticServerOptions): Server;
export function listen(server: Server, port: number, host?: string): Promise<number>;
export function resolveFile(root: string, urlPath: string): string | null;
export const TYPES: Readonly<Record<string, string>>;
