/**
 * dokaz-verify [--json] <pack.zip>: verifies an evidence pack with the same
 * code as the extension's verify page (utils/pack/verify.ts) and prints what
 * held and what did not. Exit status: 0 when every check passes, 1 when one
 * fails, 2 when the command itself was not used right.
 * Started by bin/dokaz-verify, which runs this file through jiti.
 */
import { readFile } from 'node:fs/promises';
import { formatVerdict, verifyPack } from '../utils/pack/verify';

const USAGE = `Usage: dokaz-verify [--json] <pack.zip>

Verifies a Dokaz evidence pack (dokaz-pack/1): its signatures, every file's
hash, the manifest, the capture records and the custody events.
  --json   print the verdict as JSON instead of text
Exit status: 0 verified, 1 a check failed, 2 usage error.`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Output = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};

export async function main(args: readonly string[], io: Output = stdio): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const json = args.includes('--json');
  const rest = args.filter((arg) => arg !== '--json');
  const unknown = rest.find((arg) => arg.startsWith('-'));
  if (unknown !== undefined || rest.length !== 1) {
    io.err(unknown !== undefined ? `dokaz-verify: unknown option ${unknown}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const path = rest[0] as string;
  let bytes: Uint8Array;
  try {
    const file = await readFile(path);
    // A plain view of the file's bytes: no second copy of a large pack, and not JSZip's slow Buffer path.
    bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  } catch (error) {
    io.err(`dokaz-verify: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const verdict = await verifyPack(bytes);
  io.out(json ? JSON.stringify(verdict, null, 2) : formatVerdict(verdict).join('\n'));
  return verdict.ok ? 0 : 1;
}
