import { canonicalJson } from '../canonical-json';
import { ROTATION_PURPOSE, type RotationDetails } from '../crypto/key-rotation';
import type { CustodyEvent } from '../custody';
import { CATALOGS } from '../i18n/catalogs';
import { reportLocale } from '../html/report-format';
import { PACK_FILES, type PackManifest } from '../pack/types';

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

/** A `key-rotated` event of the pack: an earlier key's signed hand-over to the next (utils/crypto/key-rotation.ts). */
export interface HandOverEvent {
  seq: number;
  at: string;
  /** The install id, which the signed statement names. */
  actor: string;
  details: RotationDetails;
}

/** The pack's `key-rotated` events, in the log's order, those whose details are a hand-over's. */
export function handOverEvents(events: readonly CustodyEvent[]): HandOverEvent[] {
  const handOvers: HandOverEvent[] = [];
  for (const { type, seq, at, actor, details } of events) {
    if (type !== 'key-rotated') continue;
    const { from, to, fromPublicKey, signature } = (details ?? {}) as Partial<Record<keyof RotationDetails, unknown>>;
    const strings = [from, to, fromPublicKey, signature].every((value) => typeof value === 'string');
    if (strings) handOvers.push({ seq, at, actor, details: { from, to, fromPublicKey, signature } as RotationDetails });
  }
  return handOvers;
}

/**
 * The commands that check one hand-over with printf, base64 and openssl
 * (docs/PACK-FORMAT.md, "key-rotated"): the replaced key written out and its
 * fingerprint printed, the statement it signed rebuilt byte for byte, its
 * signature decoded, and the signature checked. Run in the unpacked pack.
 */
export function handOverSteps({ actor, details }: HandOverEvent, n: number): { id: HandOverStepId; command: string }[] {
  const [pem, statement, signature] = [`key-${n}.pem`, `rotation-${n}.txt`, `rotation-${n}.sig`];
  const pemLines = details.fromPublicKey.split(/\r?\n/).filter(Boolean).map(shellQuote);
  const signed = canonicalJson({ purpose: ROTATION_PURPOSE, installId: actor, from: details.from, to: details.to });
  return [
    { id: 'pem', command: `printf '%s\\n' ${pemLines.join(' ')} > ${pem}` },
    { id: 'fingerprint', command: `openssl pkey -pubin -in ${pem} -outform DER | sha256sum` },
    { id: 'statement', command: `printf '%s' ${shellQuote(signed)} > ${statement}` },
    { id: 'signature', command: `printf '%s' ${shellQuote(details.signature)} | base64 -d > ${signature}` },
    { id: 'verify', command: `openssl dgst -sha256 -verify ${pem} -signature ${signature} ${statement}` },
  ];
}

export type HandOverStepId = 'pem' | 'fingerprint' | 'statement' | 'signature' | 'verify';

/**
 * VERIFY.txt in the language chosen at export (manifest.language), with its
 * title and field names in English too when that is another language. Prose
 * is wrapped at 76 columns; commands are never wrapped. A pack that holds key
 * hand-overs (`custodyEvents`' `key-rotated` events) gets the commands that
 * check each, for a recipient who holds an earlier key's fingerprint.
 */
export function renderVerifyText(
  manifest: Pick<PackManifest, 'exporter' | 'createdAt' | 'format' | 'language'>,
  zipName: string,
  custodyEvents: readonly CustodyEvent[] = [],
): string {
  const locale = reportLocale(manifest.language);
  const words = CATALOGS[locale].pack.verifyText;
  const english = CATALOGS.en.pack.verifyText;
  const both = (
    key:
      | 'title'
      | 'packFormat'
      | 'madeAt'
      | 'exporter'
      | 'signingKey'
      | 'windowsHeading'
      | 'macHeading'
      | 'rotationsHeading'
      | 'rotationFrom'
      | 'rotationTo',
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
    ...handOverText(handOverEvents(custodyEvents), { words, both, fill }),
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

type VerifyWords = (typeof CATALOGS)['en']['pack']['verifyText'];

/**
 * The section on the earlier keys: each hand-over, its keys and the commands
 * that check it. None for a pack without one (it stays as it was written before).
 */
function handOverText(
  handOvers: readonly HandOverEvent[],
  {
    words,
    both,
    fill,
  }: {
    words: VerifyWords;
    both: (key: 'rotationsHeading' | 'rotationFrom' | 'rotationTo') => string;
    fill: (template: string, values: Record<string, string>) => string;
  },
): string[] {
  if (handOvers.length === 0) return [];
  const [from, to] = [both('rotationFrom'), both('rotationTo')];
  const width = Math.max(from.length, to.length) + 2;
  const total = String(handOvers.length);
  const blocks = handOvers.map((handOver, index) => {
    const n = index + 1;
    const heading = fill(words.rotationHeading, { n: String(n), total, seq: String(handOver.seq), at: handOver.at });
    const steps = handOverSteps(handOver, n).map((step, i) => {
      const letter = 'abcde'[i];
      const lines = [
        `   ${letter}. ${step.command}`,
        ...wrap(fill(words.rotationProves[step.id], { n: String(n) }), '      '),
      ];
      if (step.id === 'fingerprint') {
        lines.push(`      ${fill(words.expectedOutput, { expected: `${handOver.details.from}  -` })}`);
        lines.push(...wrap(words.rotationFingerprint, '      '));
      } else if (step.id === 'verify') lines.push(`      ${fill(words.expectedOutput, { expected: 'Verified OK' })}`);
      return lines.join('\n');
    });
    return [
      heading,
      `   ${`${from}:`.padEnd(width)}${handOver.details.from}`,
      `   ${`${to}:`.padEnd(width)}${handOver.details.to}`,
      '',
      steps.join('\n'),
    ].join('\n');
  });
  const heading = both('rotationsHeading');
  return [
    heading,
    '-'.repeat(heading.length),
    ...wrap(words.rotationsIntro),
    '',
    blocks.join('\n\n'),
    '',
    ...wrap(words.rotationsLast),
    '',
  ];
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
