// An in-process stand-in for the process's streams and files, so that most
// command tests need no child process.
import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/CliIo.js';
import { runCli } from '../../src/cli/runCli.js';

/** Files given by content; any other path is read from disk. */
export async function run(argv: string[], files: Record<string, string | Uint8Array> = {}, options: { tty?: boolean; chunk?: number; importDuckdb?: () => Promise<unknown> } = {}) {
  const { status, stdout, stderr } = await runCapturing(argv, files, options);
  return { status, stdout, stderr };
}

/** {@link run}, with the bytes written to stdout and the files written as well. */
export async function runCapturing(argv: string[], files: Record<string, string | Uint8Array> = {}, options: { tty?: boolean; chunk?: number; importDuckdb?: () => Promise<unknown> } = {}) {
  let stdout = '';
  let stderr = '';
  const stdoutBytes: Uint8Array[] = [];
  const written = new Map<string, Uint8Array>();
  const contents = new Map(Object.entries(files));
  const read = async (path: string): Promise<Uint8Array> => {
    const content = contents.get(path);
    if (content === undefined) return readFile(path);
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  };
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stdoutBytes: (bytes) => void stdoutBytes.push(bytes),
    writeFile: async (path, bytes) => void written.set(path, bytes),
    stderr: (text) => void (stderr += text),
    stderrIsTty: options.tty ?? false,
    fileSize: async (path) => (await read(path)).length,
    readFile: read,
    async *streamFile(path) {
      const bytes = await read(path);
      // in small chunks, so that a character is split across two of them
      const size = options.chunk ?? 7;
      for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
    },
    ...(options.importDuckdb === undefined ? {} : { importDuckdb: options.importDuckdb }),
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr, stdoutBytes, written };
}
