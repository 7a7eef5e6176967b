// Opens a document for real: LibreOffice (soffice --headless) converts it to
// PDF with a profile of its own, and poppler's pdftotext and pdfinfo read the
// PDF back. `.ci/run` installs them (libreoffice-writer-nogui, poppler-utils
// and a Chinese font, fonts-wqy-microhei) where they are missing.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function findProgram(name: string): string | null {
  for (const folder of [...(process.env['PATH'] ?? '').split(':'), '/usr/bin', '/usr/local/bin']) {
    if (folder !== '' && existsSync(join(folder, name))) return join(folder, name);
  }
  return null;
}

/** What is missing to open documents here (LibreOffice, poppler, a Chinese font), or null when nothing is. */
export async function missingForLibreOffice(): Promise<string | null> {
  const missing = ['soffice', 'pdftotext', 'pdfinfo', 'fc-list'].filter((name) => findProgram(name) === null);
  if (missing.length > 0) return `${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-wqy-microhei)`;
  const { stdout } = await run('fc-list', [':lang=zh', 'family']);
  return stdout.trim() === '' ? 'no Chinese font installed (apt-get install fonts-wqy-microhei)' : null;
}

/** Converts a document to PDF with LibreOffice, in a folder and a profile of its own; returns the PDF's path. */
export async function convertToPdf(document: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'zwfw-soffice-'));
  await run(
    'soffice',
    [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, document],
    { timeout: 120_000 },
  );
  const pdf = readdirSync(folder).find((name) => name.endsWith('.pdf'));
  if (pdf === undefined) throw new Error(`LibreOffice wrote no PDF for ${document}`);
  return join(folder, pdf);
}

/** A PDF's text, in reading order (pdftotext, UTF-8). */
export async function pdfText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 26 })).stdout;
}

/** A PDF's properties as pdfinfo prints them (Pages, Page size …). */
export async function pdfInfo(pdf: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const fields = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match !== null) fields.set(match[1] ?? '', match[2] ?? '');
  }
  return Object.fromEntries(fields);
}
