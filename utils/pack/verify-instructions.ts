import { CATALOGS } from '../i18n/catalogs';
import { reportLocale } from './report-format';
import { PACK_FILES, type PackManifest } from './types';

/**
 * VERIFY.txt: the commands of docs/PACK-FORMAT.md "Verifying with standard
 * tools", for a reader who trusts neither Dokaz nor its report. report.html
 * shows the same commands, from `verifySteps`.
 */
export const VERIFY_STEP_IDS = ['unzip', 'sumsSignature', 'sums', 'manifestSignature', 'fingerprint'] as const;
export type VerifyStepId = (typeof VERIFY_STEP_IDS)[number];

export interface VerifyStep {
  id: VerifyStepId;
  command: string;
  /**
   * What the command prints when the pack is intact; null when it prints a list of files, or a fingerprint. The
   * fingerprint to expect is never the pack's own: a pack re-signed with another key states that key's (issue 14).
   */
  expected: string | null;
}

export function verifySteps(zipName: string): VerifyStep[] {
  const { publicKey, sums, sumsSignature, manifest, signature } = PACK_FILES;
  const verify = (sig: string, file: string) => `openssl dgst -sha256 -verify ${publicKey} -signature ${sig} ${file}`;
  return [
    { id: 'unzip', command: `unzip ${shellQuote(zipName)} -d pack && cd pack`, expected: null },
    { id: 'sumsSignature', command: verify(sumsSignature, sums), expected: 'Verified OK' },
    { id: 'sums', command: `sha256sum -c ${sums}`, expected: null },
    { id: 'manifestSignature', command: verify(signature, manifest), expected: 'Verified OK' },
    { id: 'fingerprint', command: `openssl pkey -pubin -in ${publicKey} -outform DER | sha256sum`, expected: null },
  ];
}

/**
 * VERIFY.txt in the language chosen at export (manifest.language), with its
 * title and field names in English too when that is another language. Prose
 * is wrapped at 76 columns; commands are never wrapped.
 */
export function renderVerifyText(
  manifest: Pick<PackManifest, 'exporter' | 'createdAt' | 'format' | 'language'>,
  zipName: string,
): string {
  const locale = reportLocale(manifest.language);
  const words = CATALOGS[locale].pack.verifyText;
  const english = CATALOGS.en.pack.verifyText;
  const both = (
    key: 'title' | 'packFormat' | 'madeAt' | 'exporter' | 'signingKey' | 'windowsHeading' | 'macHeading',
  ) => (locale === 'en' || words[key] === english[key] ? words[key] : `${words[key]} / ${english[key]}`);
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const steps = verifySteps(zipName).map((step, index) => {
    const lines = [`${index + 1}. ${step.command}`, ...wrap(words.proves[step.id], '   ')];
    // Not wrapped: what a command prints is compared character for character.
    if (step.expected) lines.push(`   ${fill(words.expectedOutput, { expected: step.expected })}`);
    else if (step.id === 'sums') {
      lines.push(
        ...wrap(fill(words.expectedOutput, { expected: words.expectedList }), '   '),
        '      manifest.json: OK',
      );
    } else if (step.id === 'fingerprint') {
      lines.push(...wrap(fill(words.expectedOutput, { expected: words.senderFingerprint }), '   '));
    }
    return lines.join('\n');
  });
  const fields: [string, string][] = [
    [both('packFormat'), manifest.format],
    [both('madeAt'), manifest.createdAt],
    [both('exporter'), manifest.exporter.installId],
    [both('signingKey'), manifest.exporter.keyAlgorithm],
  ];
  const width = Math.max(...fields.map(([name]) => name.length)) + 2;
  const title = both('title').toUpperCase();
  return [
    title,
    '='.repeat(title.length),
    '',
    ...fields.map(([name, value]) => `${`${name}:`.padEnd(width)}${value}`),
    '',
    // No fingerprint of the pack's own here: whoever re-signs a pack rewrites this file too (issue 14).
    ...wrap(words.signerNote),
    '',
    ...wrap(fill(words.intro, { zip: zipName })),
    '',
    steps.join('\n\n'),
    '',
    ...wrap(words.otherwise),
    '',
    ...wrap(words.moreIntro),
    `  dokaz-verify ${shellQuote(zipName)}`,
    ...wrap(words.moreChecks),
    '',
    both('windowsHeading'),
    '-'.repeat(both('windowsHeading').length),
    ...wrap(words.windowsGit),
    ...wrap(words.windowsUnzip, '1. ', '   '),
    `     Expand-Archive -Path "${zipName}" -DestinationPath pack`,
    ...wrap(fill(words.windowsBash, { openssl: 'C:\\Program Files\\Git\\usr\\bin\\openssl.exe' }), '2. ', '   '),
    ...wrap(words.windowsNoGit),
    '     certutil -hashfile manifest.json SHA256',
    '     certutil -hashfile captures\\<capture id>\\post.png SHA256',
    `   ${words.windowsPowerShell} Get-FileHash -Algorithm SHA256 manifest.json`,
    ...wrap(words.windowsNoSignatures),
    '',
    both('macHeading'),
    '-'.repeat(both('macHeading').length),
    ...wrap(words.mac),
    '',
  ].join('\n');
}

/** Greedy wrapping at 76 columns, by words; a word longer than a line stays whole. */
function wrap(text: string, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > 76) {
      lines.push(line);
      line = rest + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** The ZIP's name as one shell word: it may hold a case name. */
function shellQuote(name: string): string {
  return /^[\w.@%+=:,/-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}
