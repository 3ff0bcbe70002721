import { plural } from '../../plural';

/**
 * The words of a pack's VERIFY.txt and of the verifier (the dokaz-verify
 * command and the extension's verify page). Commands and file names stay as
 * they are: they are what a person types.
 */
export const pack = {
  verifyText: {
    title: 'How to verify this evidence pack',
    packFormat: 'Pack format',
    madeAt: 'Made at (UTC)',
    exporter: 'Exporter',
    signingKey: 'Signing key',
    keyFingerprint: 'Key fingerprint',
    fingerprintNote: '(SHA-256 of the public key, DER SPKI)',
    intro:
      'These commands need only unzip, sha256sum and openssl, and no trust in Dokaz. Run them in a terminal, in the folder that holds {zip}.',
    proves: {
      unzip: 'Unpacks the pack into a folder "pack" and enters it.',
      sumsSignature:
        'Proves that SHA256SUMS, the list of the hash of every file, was signed by the private key whose public half is public-key.pem.',
      sums: 'Proves that every file has the hash SHA256SUMS gives: no file was changed since the list was signed.',
      manifestSignature:
        'Proves that manifest.json (every capture record, every file with its size and hash, the custody summary) was signed by the same key.',
      fingerprint: `Ties the key to the exporter: the fingerprint must be the one shown in the exporter's Dokaz settings.`,
    },
    expectedOutput: 'Expected output: {expected}',
    expectedList: 'one line per file, each ending in "OK", e.g.',
    otherwise:
      'If a command prints anything else ("Verification failure", "FAILED", a different fingerprint), the pack is not as it was signed: do not rely on it.',
    moreIntro: `These commands check the files and the signatures. Dokaz's own verifier,`,
    moreChecks: `and the verify page of the Dokaz extension also check that no file is missing or extra, the manifest's schema, and the custody events in custody.jsonl: each event's hash, the chain between consecutive events, the "captured" event of every capture and the "exported" event of this export. They name the file or the check that fails.`,
    windowsHeading: 'On Windows',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) brings openssl, sha256sum and a Bash terminal, "Git Bash".',
    windowsUnzip: 'Unpack the ZIP: right-click it, "Extract All...", into a folder "pack"; or in PowerShell:',
    windowsBash:
      'Open Git Bash in the folder "pack" (right-click in the folder, "Open Git Bash here") and run the commands 2 to 5 above. From cmd.exe, openssl is {openssl}.',
    windowsNoGit: `Without Git, Windows can hash one file at a time; compare the hash with the file's line in SHA256SUMS (upper or lower case does not matter):`,
    windowsPowerShell: 'or in PowerShell:',
    windowsNoSignatures: `This checks a file's hash but not the signatures: only openssl checks those.`,
    macHeading: 'On macOS',
    mac: 'Use "shasum -a 256 -c SHA256SUMS" for step 3 and "shasum -a 256" in step 5 if sha256sum is missing.',
  },

  checks: {
    zip: 'The pack opens as a ZIP, every entry readable and safely named',
    'manifest-json': 'manifest.json is UTF-8 JSON',
    'manifest-schema': 'manifest.json has every member of dokaz-pack/1, each of its type',
    'public-key': 'public-key.pem is an ECDSA P-256 public key',
    'key-fingerprint': 'public-key.pem is the key manifest.json’s exporter names',
    signature: 'manifest.sig and SHA256SUMS.sig verify with public-key.pem',
    sha256sums: 'SHA256SUMS lists every file once, in order, and each hash matches',
    'file-hash': 'Every file has the size and SHA-256 that manifest.json gives',
    'missing-file': 'No file is missing',
    'extra-file': 'No file is extra',
    capture: 'Each capture’s entry in manifest.json agrees with its record',
    record: 'Each record.json is the canonical JSON of the manifest’s record',
    'record-hash': 'Each record.json hashes to its recordSha256',
    artifact: 'Each artifact has the size and SHA-256 that its record gives',
    'custody-json': 'custody.jsonl holds one canonical JSON custody event per line',
    'custody-hash': 'Every custody event’s hash recomputes from its fields',
    'custody-chain': 'Custody events are in order, each linked to the one before it',
    'custody-gap': 'Custody events of other captures left out',
    'custody-captures': 'Every capture has its captured event, with its record’s hash, and none is deleted',
    'custody-export': 'The last custody event is this export, as manifest.json says',
    'not-checked': 'Checks that could not be run',
    verifier: 'The verifier ran every check to its end',
  },

  verdict: {
    heading: 'Dokaz evidence pack',
    headingFormat: plural({
      one: 'Dokaz evidence pack {format}, {count} capture',
      other: 'Dokaz evidence pack {format}, {count} captures',
    }),
    fingerprint: 'Signing key fingerprint: {fingerprint}',
    fingerprintNote: '(compare it with the one in the exporter’s Dokaz settings)',
    groupPassed: plural({ one: '{label} ({count} check)', other: '{label} ({count} checks)' }),
    groupFailed: '{label}: {failed} of {count} failed',
    expected: 'expected: {value}',
    found: 'found:    {value}',
    verified: plural({ one: 'VERIFIED: the {count} check passed.', other: 'VERIFIED: all {count} checks passed.' }),
    notVerified: 'NOT VERIFIED: {failed} of {count} checks failed.',
  },

  cli: {
    usage:
      'Usage: dokaz-verify [--json] [--lang <code>] <pack.zip>\n\nVerifies a Dokaz evidence pack (dokaz-pack/1): its signatures, every file’s hash, the manifest, the capture records and the custody events.\n  --json          print the verdict as JSON instead of text\n  --lang <code>   the language of the output: {languages}\n                  (otherwise the language of the environment, LANG)\nExit status: 0 verified, 1 a check failed, 2 usage error.',
    unknownOption: 'dokaz-verify: unknown option {option}',
    unknownLanguage: 'dokaz-verify: unknown language {language}; choose one of {languages}',
    cannotRead: 'dokaz-verify: cannot read {path}: {reason}',
  },
};
