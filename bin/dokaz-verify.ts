/**
 * dokaz-verify [--json] [--lang <code>] [--fingerprint <hex>] [--trusted-keys <file>] <pack.zip>:
 * verifies an evidence pack with the same code as the extension's verify page
 * (utils/pack/verify/index.ts) and prints what held and what did not, in the
 * language asked for or the environment's (LC_ALL, LC_MESSAGES, LANG).
 * With a fingerprint obtained apart from the pack, or a list of trusted keys,
 * it also says whose key signed it (utils/pack/verify/signer.ts). Exit status: 0 when
 * every check passes, 1 when one fails (another key's signature included), 2
 * when the command itself was not used right. Without a fingerprint the exit
 * status stays 0 for intact contents, as before: the first line of the output
 * says the signer is not confirmed, and scripts that only ask "was it changed?"
 * keep their answer. Started by bin/dokaz-verify, which runs this file through jiti.
 */
import { readFile } from 'node:fs/promises';
import { CATALOGS } from '../utils/i18n/catalogs';
import { isLocale, LOCALES, matchLocale, type Locale } from '../utils/i18n/locales';
import { formatMessage } from '../utils/i18n/translate';
import { DokazError } from '../utils/errors';
import { parseFingerprint, parseTrustedKeys, type TrustedKey } from '../utils/pack/verify/signer';
import type { PackVerdict } from '../utils/pack/types';
import { formatVerdict, verifyPack } from '../utils/pack/verify';
import { openPackFile, type PackOnDisk } from './pack-file';

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
  const cli = () => CATALOGS[locale].pack.cli;
  const say = (template: string, params: Record<string, string> = {}) => formatMessage(locale, template, params);
  const usage = () => say(cli().usage, { languages: LOCALES.join(', ') });
  const reason = (error: unknown) =>
    error instanceof DokazError
      ? formatMessage(locale, CATALOGS[locale].ui[error.text.key], error.text.params)
      : error instanceof Error
        ? error.message
        : String(error);
  const langs = takeOption(rest, '--lang');
  if (langs.length > 0) {
    const asked = langs.at(-1);
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
  const fingerprints = takeOption(rest, '--fingerprint');
  const keyFiles = takeOption(rest, '--trusted-keys');
  const valueless = [...fingerprints, ...keyFiles].includes(undefined);
  if (valueless) {
    const option = fingerprints.includes(undefined) ? '--fingerprint' : '--trusted-keys';
    io.err(`${say(cli().missingValue, { option })}\n\n${usage()}`);
    return 2;
  }
  const trustedKeys: TrustedKey[] = [];
  for (const value of fingerprints as string[]) {
    try {
      trustedKeys.push(parseFingerprint(value));
    } catch (error) {
      io.err(say(cli().badFingerprint, { reason: reason(error) }));
      return 2;
    }
  }
  for (const path of keyFiles as string[]) {
    let list: string;
    try {
      list = await readFile(path, 'utf8');
    } catch (error) {
      io.err(say(cli().cannotRead, { path, reason: reason(error) }));
      return 2;
    }
    try {
      trustedKeys.push(...parseTrustedKeys(list));
    } catch (error) {
      io.err(say(cli().badTrustedKeys, { path, reason: reason(error) }));
      return 2;
    }
  }
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('-'));
  if (unknown !== undefined || files.length !== 1) {
    io.err(unknown !== undefined ? `${say(cli().unknownOption, { option: unknown })}\n\n${usage()}` : usage());
    return 2;
  }
  const path = files[0] as string;
  let verdict: PackVerdict;
  let file: PackOnDisk | undefined;
  try {
    // Verified while it is read: the pack's entries are hashed as their bytes arrive (bin/pack-file.ts).
    file = await openPackFile(path);
    verdict = await verifyPack(file.input, { trustedKeys, hasher: file.hasher, collectGarbage: file.collectGarbage });
  } catch (error) {
    // Only a pack that could not be read rejects: everything wrong with its contents is a failed check.
    io.err(say(cli().cannotRead, { path, reason: reason(error) }));
    return 2;
  } finally {
    await file?.close();
  }
  io.out(json ? JSON.stringify(verdict, null, 2) : formatVerdict(verdict, locale).join('\n'));
  return verdict.ok ? 0 : 1;
}

/**
 * Takes every `name <value>` (or `name=<value>`) out of the arguments, in order; a name with no value after it
 * gives undefined, for the caller to refuse.
 */
function takeOption(rest: string[], name: string): (string | undefined)[] {
  const values: (string | undefined)[] = [];
  for (let i = 0; i < rest.length;) {
    const arg = rest[i] as string;
    if (arg === name) {
      const [, value] = rest.splice(i, 2);
      values.push(value);
    } else if (arg.startsWith(`${name}=`)) {
      values.push(arg.slice(name.length + 1));
      rest.splice(i, 1);
    } else i++;
  }
  return values;
}
