import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';

/**
 * What the command touches outside itself, so that tests can run it in
 * process: output streams, whether stderr is a terminal, and files.
 */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes bytes to standard output (a CSV in GBK). */
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (progress is shown only then). */
  readonly stderrIsTty: boolean;
  /** Reads a whole file. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Streams a file's bytes. */
  readonly streamFile: (path: string) => AsyncIterable<Uint8Array>;
  /** A file's size in bytes, for progress; `undefined` when it cannot be known. */
  readonly fileSize: (path: string) => Promise<number | undefined>;
  /** Writes a whole file (such as the list of invalid records). */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Imports `@duckdb/node-api` for `tally --duckdb` (default: the package itself; a test passes one that fails). */
  readonly importDuckdb?: () => Promise<unknown>;
  /** True when the paths are files on disk, which worker threads can read in parts (`tally --jobs`). */
  readonly filesOnDisk?: boolean;
}

/** The real process's streams and file system. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    readFile: (path) => readFile(path),
    // Chunks of 1 MiB: with 64 KiB, the stream's own work per chunk took about 45 ms of CPU of a 100 MB CSV file's tally.
    streamFile: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
    fileSize: (path) => stat(path).then((info) => (info.isFile() ? info.size : undefined), () => undefined),
    writeFile: (path, bytes) => writeFile(path, bytes),
    filesOnDisk: true,
  };
}
