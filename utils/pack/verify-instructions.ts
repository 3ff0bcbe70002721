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
  /** What the command prints when the pack is intact; null when it prints a list of files. */
  expected: string | null;
}

export function verifySteps(zipName: string, keyFingerprint: string): VerifyStep[] {
  const { publicKey, sums, sumsSignature, manifest, signature } = PACK_FILES;
  const verify = (sig: string, file: string) => `openssl dgst -sha256 -verify ${publicKey} -signature ${sig} ${file}`;
  return [
    { id: 'unzip', command: `unzip ${shellQuote(zipName)} -d pack && cd pack`, expected: null },
    { id: 'sumsSignature', command: verify(sumsSignature, sums), expected: 'Verified OK' },
    { id: 'sums', command: `sha256sum -c ${sums}`, expected: null },
    { id: 'manifestSignature', command: verify(signature, manifest), expected: 'Verified OK' },
    {
      id: 'fingerprint',
      command: `openssl pkey -pubin -in ${publicKey} -outform DER | sha256sum`,
      expected: `${keyFingerprint}  -`,
    },
  ];
}

const PROVES: Record<VerifyStepId, string[]> = {
  unzip: ['Unpacks the pack into a folder "pack" and enters it.'],
  sumsSignature: [
    'Proves that SHA256SUMS, the list of the hash of every file, was signed',
    'by the private key whose public half is public-key.pem.',
  ],
  sums: ['Proves that every file has the hash SHA256SUMS gives: no file was changed', 'since the list was signed.'],
  manifestSignature: [
    'Proves that manifest.json (every capture record, every file with its size',
    'and hash, the custody summary) was signed by the same key.',
  ],
  fingerprint: [
    'Ties the key to the exporter: the fingerprint must be the one shown in the',
    "exporter's Dokaz settings.",
  ],
};

const EXPECTED_LIST: Partial<Record<VerifyStepId, string>> = {
  sums: 'one line per file, each ending in "OK", e.g.\n      manifest.json: OK',
};

export function renderVerifyText(
  manifest: Pick<PackManifest, 'exporter' | 'createdAt' | 'format'>,
  zipName: string,
): string {
  const fingerprint = manifest.exporter.keyFingerprint;
  const steps = verifySteps(zipName, fingerprint).map((step, index) => {
    const expected = step.expected ?? EXPECTED_LIST[step.id];
    return [
      `${index + 1}. ${step.command}`,
      ...PROVES[step.id].map((line) => `   ${line}`),
      ...(expected ? [`   Expected output: ${expected}`] : []),
    ].join('\n');
  });
  return `HOW TO VERIFY THIS EVIDENCE PACK
================================

Pack format:      ${manifest.format}
Made at (UTC):    ${manifest.createdAt}
Exporter:         ${manifest.exporter.installId}
Signing key:      ${manifest.exporter.keyAlgorithm}
Key fingerprint:  ${fingerprint}
                  (SHA-256 of the public key, DER SPKI)

These commands need only unzip, sha256sum and openssl, and no trust in Dokaz.
Run them in a terminal, in the folder that holds ${zipName}.

${steps.join('\n\n')}

If a command prints anything else ("Verification failure", "FAILED",
a different fingerprint), the pack is not as it was signed: do not rely on it.

These commands check the files and the signatures. Dokaz's own verifier,
  dokaz-verify ${shellQuote(zipName)}
and the verify page of the Dokaz extension also check that no file is
missing or extra, the manifest's schema, and the custody events in
${PACK_FILES.custody}: each event's hash, the chain between consecutive events,
the "captured" event of every capture and the "exported" event of this
export. They name the file or the check that fails.

On Windows
----------
Git for Windows (https://git-scm.com/download/win) brings openssl,
sha256sum and a Bash terminal, "Git Bash".
1. Unpack the ZIP: right-click it, "Extract All...", into a folder "pack";
   or in PowerShell:
     Expand-Archive -Path "${zipName}" -DestinationPath pack
2. Open Git Bash in the folder "pack" (right-click in the folder,
   "Open Git Bash here") and run the commands 2 to 5 above.
   From cmd.exe, openssl is C:\\Program Files\\Git\\usr\\bin\\openssl.exe.
Without Git, Windows can hash one file at a time; compare the hash with
the file's line in SHA256SUMS (upper or lower case does not matter):
     certutil -hashfile manifest.json SHA256
     certutil -hashfile captures\\<capture id>\\post.png SHA256
   or in PowerShell: Get-FileHash -Algorithm SHA256 manifest.json
This checks a file's hash but not the signatures: only openssl checks those.

On macOS
--------
Use "shasum -a 256 -c SHA256SUMS" for step 3 and "shasum -a 256" in step 5
if sha256sum is missing.
`;
}

/** The ZIP's name as one shell word: it may hold a case name. */
function shellQuote(name: string): string {
  return /^[\w.@%+=:,/-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}
