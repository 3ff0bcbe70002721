/**
 * dokaz-verify [--json] [--lang <code>] <pack.zip>: verifies an evidence pack
 * with the same code as the extension's verify page (utils/pack/verify.ts)
 * and prints what held and what did not, in the language asked for or the
 * environment's (LC_ALL, LC_MESSAGES, LANG). Exit status: 0 when every check
 * passes, 1 when one fails, 2 when the command itself was not used right.
 * Started by bin/dokaz-verify, which runs this file through jiti.
 */
import { readFile } from 'node:fs/promises';
import { CATALOGS } from '../utils/i18n/catalogs';
import { isLocale, LOCALES, matchLocale, type Locale } from '../utils/i18n/locales';
import { formatMessage } from '../utils/i18n/translate';
import { formatVerdict, verifyPack } from '../utils/pack/verify';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Output = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};

/** The environment's language, POSIX order: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return matchLocale([tag]);
}

export async function main(args: readonly string[], io: Output = stdio, env = process.env): Promise<number> {
  const rest = [...args];
  let locale = environmentLocale(env);
  const langAt = rest.indexOf('--lang');
  const asked = langAt >= 0 ? rest.splice(langAt, 2)[1] : undefined;
  const cli = () => CATALOGS[locale].pack.cli;
  const say = (template: string, params: Record<string, string> = {}) => formatMessage(locale, template, params);
  const usage = () => say(cli().usage, { languages: LOCALES.join(', ') });
  if (langAt >= 0) {
    if (!isLocale(asked)) {
      io.err(say(cli().unknownLanguage, { language: asked ?? '', languages: LOCALES.join(', ') }));
      return 2;
    }
    locale = asked;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(usage());
    return 0;
  }
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('-'));
  if (unknown !== undefined || files.length !== 1) {
    io.err(unknown !== undefined ? `${say(cli().unknownOption, { option: unknown })}\n\n${usage()}` : usage());
    return 2;
  }
  const path = files[0] as string;
  let bytes: Uint8Array;
  try {
    const file = await readFile(path);
    // A plain view of the file's bytes: no second copy of a large pack, and not JSZip's slow Buffer path.
    bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  } catch (error) {
    io.err(say(cli().cannotRead, { path, reason: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
  const verdict = await verifyPack(bytes);
  io.out(json ? JSON.stringify(verdict, null, 2) : formatVerdict(verdict, locale).join('\n'));
  return verdict.ok ? 0 : 1;
}
