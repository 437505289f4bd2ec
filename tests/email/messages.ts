import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ReadMessage, readMessage, sourceFromFile } from '../../utils/email';

export const MESSAGES = path.resolve(__dirname, 'messages');

/** Reads one example file the way the dashboard does: by name and bytes. */
export async function readExample(file: string, options: { now?: string; timeZone?: string } = {}): Promise<ReadMessage> {
  const bytes = readFileSync(path.join(MESSAGES, file));
  const content = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return readMessage(sourceFromFile(file, content), {
    now: new Date(options.now ?? '2026-03-02T12:00:00Z'),
    timeZone: options.timeZone ?? 'America/New_York',
  });
}
