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
    exporter: 'Install id',
    signingKey: 'Signing key',
    signerNote:
      'Nothing in this pack says by itself who signed it: the install id is a random number anyone can copy, and whoever re-signs a pack with another key rewrites this file too. Step 5 says it, compared with a fingerprint obtained from the sender apart from the pack.',
    intro:
      'These commands need only unzip, sha256sum and openssl, and no trust in Dokaz. Run them in a terminal, in the folder that holds {zip}.',
    proves: {
      unzip: 'Unpacks the pack into a folder "pack" and enters it.',
      sumsSignature:
        'Proves that SHA256SUMS, the list of the hash of every file, was signed by the private key whose public half is public-key.pem.',
      sums: 'Proves that every file has the hash SHA256SUMS gives: no file was changed since the list was signed.',
      manifestSignature:
        'Proves that manifest.json (every capture record, every file with its size and hash, the custody summary) was signed by the same key.',
      fingerprint:
        'Prints the fingerprint of the key that signed the pack. Compare it, character by character, with the fingerprint you obtained from the sender apart from this pack: read out by phone, on a printed key card, in person. Only that match says who signed the pack.',
    },
    expectedOutput: 'Expected output: {expected}',
    expectedList: 'one line per file, each ending in "OK", e.g.',
    senderFingerprint:
      'the sender’s fingerprint as you obtained it apart from the pack (never one written in this pack), followed by "  -"',
    otherwise:
      'If a command prints anything else ("Verification failure", "FAILED"), the pack is not as it was signed; if step 5 prints a fingerprint other than the sender’s, someone else signed it. Either way, do not rely on it.',
    moreIntro: `These commands check the files and the signatures. Dokaz's own verifier,`,
    moreChecks: `and the verify page of the Dokaz extension also read the ZIP strictly, only in the one form Dokaz writes it (anything another unzip tool could read otherwise is refused), and check that no file is missing or extra, the manifest's schema, and the custody events in custody.jsonl: each event's hash, the chain between consecutive events, that every event is of a known type, written by the exporter, in an order and at a time that can be, the "captured" event of every capture and the "exported" event of this export. Given the sender's fingerprint (--fingerprint), they also confirm who signed. They name the file or the check that fails.`,
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
    rotationsHeading: 'Earlier signing keys',
    rotationsIntro:
      'The key that signed this pack replaced earlier keys of the same Dokaz (it does so when a passphrase is set). Each replacement is a "key-rotated" event in custody.jsonl: a statement that names the replaced key and the new one, signed by the replaced key. If the fingerprint you obtained from the sender is the From key of a hand-over below, run the commands of that hand-over and of every one after it, in the folder "pack".',
    rotationHeading: 'Hand-over {n} of {total}: custody.jsonl event #{seq}, {at}',
    rotationFrom: 'From key',
    rotationTo: 'To key',
    rotationProves: {
      pem: 'Writes the replaced key, as the event gives it, to key-{n}.pem.',
      fingerprint: 'Prints the fingerprint of the replaced key.',
      statement:
        'Writes the statement the replaced key signed, byte for byte, to rotation-{n}.txt: its purpose, the install id, the From key and the To key.',
      signature: 'Writes its signature, decoded from base64, to rotation-{n}.sig.',
      verify: 'Proves that the replaced key signed the statement: it handed over to the To key.',
    },
    rotationFingerprint:
      'For the first hand-over you check, this must be the fingerprint you obtained from the sender apart from the pack; for each one after it, the To key of the hand-over before.',
    rotationsLast:
      'The To key of the last hand-over must be what step 5 printed: the key that signed this pack. If every command printed what it should, the key whose fingerprint you obtained from the sender handed over to the key that signed this pack, one signed hand-over after another.',
  },

  checks: {
    zip: 'The pack opens as a ZIP, every entry readable and safely named',
    'manifest-json': 'manifest.json is UTF-8 JSON',
    'manifest-schema': 'manifest.json has every member of its format, each of its type',
    'public-key': 'public-key.pem is an ECDSA P-256 public key',
    'key-fingerprint': 'public-key.pem is the key manifest.json’s exporter names',
    signature: 'manifest.sig and SHA256SUMS.sig verify with public-key.pem',
    sha256sums: 'SHA256SUMS lists every file once, in order, and each hash matches',
    'file-hash': 'Every file has the size and SHA-256 that manifest.json gives',
    'missing-file': 'No file is missing',
    'extra-file': 'No file is extra',
    'site-file': 'Each chat’s result.json (Telegram Desktop’s format) is what the records make',
    capture: 'Each capture’s entry in manifest.json agrees with its record',
    record: 'Each record.json is the canonical JSON of the manifest’s record',
    'record-hash': 'Each record.json hashes to its recordSha256',
    artifact: 'Each artifact has the size and SHA-256 that its record gives',
    'custody-json': 'custody.jsonl holds one canonical JSON custody event per line',
    'custody-hash': 'Every custody event’s hash recomputes from its fields',
    'custody-chain': 'Custody events are in order, each linked to the one before it',
    'custody-gap': 'Custody events left out by the exporter, as events of other captures',
    'custody-captures': 'Every capture has its captured event, with its record’s hash, and none is deleted',
    'custody-export': 'The last custody event is this export, as manifest.json says',
    'custody-event': 'Every custody event is of a known type, with the details its type has',
    'custody-actor': 'Every custody event was written by the exporter',
    'custody-order': 'Every custody event stands where its type may',
    'custody-time': 'Every capture entered the custody log within minutes of its start',
    'custody-clock': 'Time never runs backwards from one custody event to the next',
    'key-rotation':
      'Every hand-over of the signing key is signed by the key it replaced, and they lead to the pack’s key',
    'not-checked': 'Checks that could not be run',
    verifier: 'The verifier ran every check to its end',
    signer: 'public-key.pem is the key of the signer you expected',
  },

  /**
   * What each check found, after its file or capture ("report.html: does not
   * match …"). `{reason}` is an error's own words; file names, JSON paths
   * ($.captures[0].id) and member names stay as they are. `kind.*` are the
   * kinds of value a schema problem names ("{path} is {actual}, not {expected}").
   */
  messages: {
    error: '{reason}',
    'verifier.unfinished': 'could not be checked to the end: {reason}',
    'zip.unreadable': 'is not a ZIP file that can be read: {reason}',
    'zip.duplicateNames': 'has {entries} entries but {names} names: unzip tools differ on which copy they keep',
    'zip.unsafePath': 'is not a plain relative path: unzip could write it outside the folder',
    'zip.entryUnreadable': 'cannot be read from the ZIP: {reason}',
    'zip.noEnd': 'does not end with a ZIP end record: it is not a ZIP, or bytes were added after its end',
    'zip.comment': 'has an archive comment, which Dokaz never writes',
    'zip.zip64': 'uses ZIP64 or several disks, which Dokaz never writes',
    'zip.bytesBefore': plural({
      one: '{count} byte comes before its first entry: something was put before the ZIP',
      other: '{count} bytes come before its first entry: something was put before the ZIP',
    }),
    'zip.layout':
      'does not hold its entries back to back as its central directory lists them (at byte {offset}): something was added, removed or moved',
    'zip.extraField':
      'carries {field}, an extra field or comment Dokaz never writes: another unzip tool could read another name or size from it',
    'zip.attributes': 'its version or attributes are not those Dokaz writes for a plain file or folder',
    'zip.flags': 'has flags or a compression method Dokaz never writes (encryption, a name encoding, …)',
    'zip.localHeader': 'its local header does not agree with its central directory entry',
    'zip.descriptor': 'its data descriptor does not agree with its central directory entry',
    'zip.folderData': 'is a folder entry with data, a size or a CRC-32',
    'zip.size': 'its data does not have the size its headers give',
    'zip.crc': 'its data does not have the CRC-32 its headers give',
    'zip.deflateEnd':
      'its compressed data goes on after its deflate stream ends: other unzip tools could read an entry there',
    'zip.falseDescriptor':
      'holds at byte {offset} of its data what a tool reading the ZIP as a stream (bsdtar from a pipe, among others) takes for its end: such a tool would unpack what follows as other files',
    'zip.order': 'comes after {other}: Dokaz writes the entries of a pack in another order',
    'zip.nameForm':
      'is not a name Dokaz writes: letters, digits, ".", "-" and "_", no part beginning or ending with ".", at most {max} characters',
    'zip.sameFile':
      'is the same file as {other} for some unzip tools or file systems (letter case, Unicode form, trailing dots or spaces, "\\" or ":")',
    'zip.fileIsFolder': 'is a file, but {other} makes it a folder',
    'zip.tooLarge': plural({
      one: 'says it holds {count} byte, more than the {limit} the verifier reads of such a file',
      other: 'says it holds {count} bytes, more than the {limit} the verifier reads of such a file',
    }),
    'zip.budget':
      "was not read: the pack's deflated files would inflate to more than {limit} bytes in all, the verifier's limit for a pack of its size",
    'zip.opens': plural({ one: 'opens as a ZIP of {count} file', other: 'opens as a ZIP of {count} files' }),
    'file.missing': 'is not in the pack',
    'file.notUtf8': 'is not UTF-8 text',
    'file.jsonValues': 'holds {count} JSON values, more than the {limit} the verifier parses for a pack of its size',
    'manifest.notJson': 'is not JSON: {reason}',
    'manifest.notObject': 'is not a JSON object',
    'manifest.isJson': 'is UTF-8 JSON',
    'manifest.unknownMember': '{path} is not a member of {format}',
    'manifest.signingFile': '$.files lists {file}, which it leaves out by design',
    'manifest.fileTwice': '$.files lists {file} twice',
    'manifest.moreProblems': plural({ one: 'and {count} more problem', other: 'and {count} more problems' }),
    'manifest.schemaOk': 'has every member, each of its type',
    'key.ok': 'is an ECDSA P-256 public key',
    'key.fingerprintOk': 'has the fingerprint manifest.json gives, {fingerprint}',
    'key.fingerprintWrong': "is not the key manifest.json's exporter.keyFingerprint names",
    'signer.ok': 'is the key of {label}',
    'signer.okGiven': 'has the fingerprint you gave',
    'signer.rotated': plural({
      one: 'is the key that the key of {label} handed over to on {date}, by a hand-over signed in the pack',
      other:
        'is the key that the key of {label} handed over to, by {count} hand-overs signed in the pack from {date} on',
    }),
    'signer.rotatedGiven': plural({
      one: 'is the key that the key whose fingerprint you gave handed over to on {date}, by a hand-over signed in the pack',
      other:
        'is the key that the key whose fingerprint you gave handed over to, by {count} hand-overs signed in the pack from {date} on',
    }),
    'signer.other': 'is not the key you expected: another key signed this pack',
    'signer.noKey': 'cannot be compared with the key you expected: the pack has no usable public key',
    'signature.noKey': 'cannot be checked: {file} is not usable',
    'signature.missing': 'cannot be checked: {file} is missing',
    'signature.ok': 'verifies {file} with {key}',
    'signature.bad': 'does not verify {file} with {key}: one of them was changed after signing, or another key signed',
    'sums.tooManyLines': plural({
      one: 'has more lines than the {count} file of the pack it lists',
      other: 'has more lines than the {count} files of the pack it lists',
    }),
    'sums.noFinalBreak': 'does not end with a line break',
    'sums.badLine': 'line {line} is not "<64 lowercase hex digits>  <path>"',
    'sums.twice': 'line {line} lists {path} a second time',
    'sums.order': 'line {line}: {path} is out of order (sorted by path)',
    'sums.leftOut': 'line {line} lists {path}, which it leaves out',
    'sums.ok': plural({
      one: 'is well-formed: {count} line, sorted by path',
      other: 'is well-formed: {count} lines, sorted by path',
    }),
    'sums.notInPack': 'is listed in {sums} but is not in the pack',
    'sums.mismatch': 'does not match its SHA-256 in {sums}',
    'sums.match': 'matches {sums}',
    'sums.unlisted': 'is in the pack but not listed in {sums}',
    'files.size': plural({
      one: 'is {count} byte; manifest.json says {expected}',
      other: 'is {count} bytes; manifest.json says {expected}',
    }),
    'files.mismatch': 'does not match its SHA-256 in manifest.json',
    'files.ok': 'has the size and SHA-256 manifest.json gives',
    'files.extra': "is in the pack but not in manifest.json's files",
    'capture.twice': 'appears twice in manifest.json',
    'capture.recordId': "its record's id is {id}",
    'capture.recordHash': "manifest.json's recordSha256 is not the SHA-256 of its record",
    'capture.unknownArtifact': 'files names {artifact}, which is not an artifact of its record',
    'capture.artifactPath': 'files gives {path} for {name}, not {expected}',
    'capture.noArtifactPath': 'files gives no path for {name}, not {expected}',
    'capture.sameName': 'two artifacts are named {name}',
    'capture.ok': 'its manifest entry agrees with its record',
    'capture.strayFile': 'is neither the record nor an artifact of a capture of manifest.json',
    'capture.sharedOnce':
      'lies under shared/, but fewer than two captures of manifest.json list it: a file of one capture lies in its own folder',
    'siteFile.ok': 'is what the records of manifest.json make, byte for byte',
    'siteFile.differs': 'is not what the records of manifest.json make: it says something the verified captures do not',
    'siteFile.missing': 'is not in the pack, though its captures make it',
    'siteFile.stray': "is none of the pack's own files and no capture of manifest.json makes it",
    'siteFile.notInFormat': "has no place in a {format}: only the pack's own files and the captures' are",
    'record.ok': "is the canonical JSON of manifest.json's record",
    'record.notCanonical': "is not the canonical JSON of manifest.json's record of this capture",
    'record.hashOk': 'hashes to recordSha256',
    'record.hashWrong': 'does not hash to recordSha256',
    'artifact.ok': 'has the size and SHA-256 its record gives',
    'artifact.wrong': 'does not have the size and SHA-256 its record gives',
    'custody.notJson': 'is not JSON',
    'custody.notCanonical': 'is not in canonical JSON',
    'custody.lineTooLong': plural({
      one: 'holds {count} character, more than the {limit} the verifier reads of one custody event',
      other: 'holds {count} characters, more than the {limit} the verifier reads of one custody event',
    }),
    'custody.empty': 'holds no events',
    'custody.ok': plural({ one: 'holds {count} custody event', other: 'holds {count} custody events' }),
    'custody.hashWrong': 'its hash does not recompute from its fields',
    'custody.payloadWrong': 'its details do not hash to its payloadSha256',
    'custody.hashesOk': plural({
      one: 'the hash of each of its {count} event recomputes',
      other: 'the hash of each of its {count} events recomputes',
    }),
    'custody.order': 'comes after event #{seq}: events must be in increasing seq order',
    'custody.prevHash': 'its prevHash is not the hash of event #{seq}',
    'custody.prevHashFirst': 'its prevHash is not the zeros of a first event',
    'custody.gap': plural({
      one: '{count} event ({range}) left out, as an event of other captures: the pack cannot show what it was',
      other: '{count} events ({range}) left out, as events of other captures: the pack cannot show what they were',
    }),
    'custody.chainOk': 'its events are in order, each linked to the one before it',
    'custody.noCaptured': 'has no captured event of capture {id}',
    'custody.capturedTwice': plural({
      one: 'has {count} captured event of capture {id}',
      other: 'has {count} captured events of capture {id}',
    }),
    'custody.recordHash': 'its payloadSha256 is not the SHA-256 of {path}',
    'custody.otherCapture': 'is about capture {id}, which is not in the pack',
    'custody.deleted': 'deletes capture {id}, which is in the pack',
    'custody.capturesOk': "every capture has its captured event, with its record's hash",
    'custody.lastNotExport': `the last event is "{type}", not the export's "exported" event`,
    'custody.exportMember': '{member} is not what manifest.json says',
    'custody.exportSeq': 'its seq (custody.exportEventSeq) is not what manifest.json says',
    'custody.exportHash': 'its hash (custody.headHash) is not what manifest.json says',
    'custody.exportLines': 'the number of lines of {file} (custody.events) is not what manifest.json says',
    'custody.exportOk': 'the last event is this export, as manifest.json says',
    'checks.more': plural({
      one: 'and {count} more like it, not listed one by one',
      other: 'and {count} more like it, not listed one by one',
    }),
    'json.tooDeep': plural({
      one: 'nests deeper than {count} level, deeper than its format ever does: not read',
      other: 'nests deeper than {count} levels, deeper than its format ever does: not read',
    }),
    'json.duplicateKey': 'names {path} twice: JSON readers differ on which of the two values they keep',
    'custody.unknownType': 'is of type "{type}", which is not a custody event of {format}',
    'custody.noDetails': 'has details, which a "{type}" event never has',
    'custody.noCapture': 'a "{type}" event is about a capture, but its captureId is null',
    'custody.aboutCapture': 'a "{type}" event is about no capture, but this one names capture {id}',
    'custody.eventsOk': plural({
      one: 'its only event is of a known type, with the details and the capture its type has',
      other: 'each of its {count} events is of a known type, with the details and the capture its type has',
    }),
    'custody.actor': "was written by another Dokaz than the exporter (manifest.json's exporter.installId)",
    'custody.actorsOk': 'every event was written by the exporter, {actor}',
    'custody.beforeCapture': 'is a "{type}" event about capture {id} before that capture\'s "captured" event',
    'custody.notLast': 'is a "{type}" event but not the last: a pack holds one, its own, at the end',
    'custody.never': 'is a "{type}" event, which a pack never holds (a deleted capture is not exported)',
    'custody.orderOk': 'every event stands where its type may: after its capture\'s "captured" event, the export last',
    'custody.clockBack':
      "was written at {at}, before event #{seq} ({before}), which comes before it: the computer's clock was set back",
    'custody.clockOk': 'no event was written at a time before that of the event ahead of it',
    'custody.timeLate': plural({
      one: 'was written {count} minute after its capture began ({capturedAt}): the capture waited, for a slow download or a computer asleep',
      other:
        'was written {count} minutes after its capture began ({capturedAt}): the capture waited, for a slow download or a computer asleep',
    }),
    'custody.timeEarly': plural({
      one: "was written {count} second before its capture began ({capturedAt}): the computer's clock was set back during the capture",
      other:
        "was written {count} seconds before its capture began ({capturedAt}): the computer's clock was set back during the capture",
    }),
    'custody.timeFar': plural({
      one: 'was written {count} day away from the start of its capture ({capturedAt}): neither a slow capture nor a clock set back explains it',
      other:
        'was written {count} days away from the start of its capture ({capturedAt}): neither a slow capture nor a clock set back explains it',
    }),
    'custody.exportLate': plural({
      one: 'was written {count} minute after the pack was made ({createdAt}): the export waited behind a capture still being stored',
      other:
        'was written {count} minutes after the pack was made ({createdAt}): the export waited behind a capture still being stored',
    }),
    'custody.exportEarly': plural({
      one: "was written {count} second before the pack was made ({createdAt}): the computer's clock was set back during the export",
      other:
        "was written {count} seconds before the pack was made ({createdAt}): the computer's clock was set back during the export",
    }),
    'custody.exportFar': plural({
      one: 'was written {count} day away from the time the pack was made ({createdAt}): neither a wait nor a clock set back explains it',
      other:
        'was written {count} days away from the time the pack was made ({createdAt}): neither a wait nor a clock set back explains it',
    }),
    'custody.timesOk': 'every "captured" event was written within minutes of its record\'s capturedAt',
    'keyRotation.ok': plural({
      one: "its {count} hand-over of the signing key is signed by the key it replaced, and leads to the pack's key: {chain}",
      other:
        "each of its {count} hand-overs of the signing key is signed by the key it replaced, each from the key the one before handed over to, the last to the pack's key: {chain}",
    }),
    'keyRotation.details': 'cannot be followed: its details are not those of a "key-rotated" event',
    'keyRotation.actor':
      "hands over a key of another install than the exporter (manifest.json's exporter.installId): it proves nothing of the exporter's keys",
    'keyRotation.link':
      'hands over from another key than the one event #{seq} handed over to: the hand-overs are not one line',
    'keyRotation.key': 'its fromPublicKey is not an ECDSA P-256 public key',
    'keyRotation.fingerprint':
      'its fromPublicKey does not hash to its from: the key given is not the key it says was replaced',
    'keyRotation.signature':
      'its signature does not verify with fromPublicKey: the replaced key did not sign this hand-over',
    'keyRotation.notPackKey':
      "hands over to another key than the pack's (manifest.json's exporter.keyFingerprint): the hand-overs do not lead to the key that signed the pack",
    'keyRotation.tooMany': plural({
      one: 'holds {count} "key-rotated" event, more than the {limit} the verifier checks: no genuine Dokaz replaces its key so often',
      other:
        'holds {count} "key-rotated" events, more than the {limit} the verifier checks: no genuine Dokaz replaces its key so often',
    }),
    'notChecked.actors': "who wrote each custody event: manifest.json's exporter is not valid",
    'custody.tooManyBad': plural({
      one: 'reading stopped here: more than {count} line before it is not a custody event, so the file is no custody log',
      other:
        'reading stopped here: more than {count} lines before it are not custody events, so the file is no custody log',
    }),
    'notChecked.fingerprint': "its fingerprint: manifest.json's exporter is not valid",
    'notChecked.files': "missing and extra files: manifest.json's files are not valid",
    'notChecked.captures': "records and artifacts: manifest.json's captures are not valid",
    'notChecked.custodyCaptures': "the events of each capture: manifest.json's captures are not valid",
    'notChecked.export': 'the export event against manifest.json: its captures, selection or custody are not valid',
    'notChecked.keyRotation': "the hand-overs of the signing key: manifest.json's exporter is not valid",
    'schema.type': '{path} is {actual}, not {expected}',
    'schema.not': '{path} is not {expected}',
    'schema.tooMany': plural({ one: '{path} has more than {count} item', other: '{path} has more than {count} items' }),
    'schema.noneOf': '{path} has none of {members}',
    'schema.notOneOf': '{path} is not one of {values}',
    'schema.missing': '{path} has no {member}',
    'schema.unknownMember': '{path} is not a member of this format',
    'schema.noteMismatch': '{path} does not read as its note ({key}) says it does',
    'schema.notInVersion': '{path} is not a member of records written as {version}',
    'kind.text': 'text',
    'kind.boolean': 'true or false',
    'kind.number': 'a number',
    'kind.integer': 'a whole number',
    'kind.count': 'a whole number ≥ 0',
    'kind.object': 'an object',
    'kind.list': 'a list',
    'kind.sha256': '64 lowercase hex digits',
    'kind.uuid': 'a UUID',
    'kind.utcInstant': 'a UTC time in ISO 8601 with milliseconds',
    'kind.fileName': 'a file name',
    'kind.packPath': 'a relative path inside the pack',
    'kind.language': 'a language tag (BCP 47)',
    'kind.publicKeyPem': 'a public key in PEM (-----BEGIN PUBLIC KEY-----) of at most 512 characters',
    'kind.signatureBase64': 'a signature in base64 of at most 96 characters',
    'kind.decimalId': 'a decimal id (digits only)',
    'kind.noteKey': 'a note of Dokaz (one of the keys of its notes catalog)',
  },

  verdict: {
    heading: 'Dokaz evidence pack',
    headingFormat: plural({
      one: 'Dokaz evidence pack {format}, {count} capture',
      other: 'Dokaz evidence pack {format}, {count} captures',
    }),
    fingerprint: 'Signing key fingerprint: {fingerprint}',
    fingerprintNote:
      '(compare it with a fingerprint obtained apart from the pack: read out by phone, a printed key card, in person)',
    groupPassed: plural({ one: '{label} ({count} check)', other: '{label} ({count} checks)' }),
    groupFailed: '{label}: {failed} of {count} failed',
    groupWarned: plural({
      one: '{label}: {count} warning',
      other: '{label}: {count} warnings',
    }),
    warnings: plural({
      one: 'With {count} warning (⚠): something a genuine Dokaz can write, such as after its clock was set back. It does not fail the pack; read it below.',
      other:
        'With {count} warnings (⚠): things a genuine Dokaz can write, such as after its clock was set back. They do not fail the pack; read them below.',
    }),
    expected: 'expected: {value}',
    found: 'found:    {value}',
    verified: plural({ one: 'VERIFIED: the {count} check passed.', other: 'VERIFIED: all {count} checks passed.' }),
    notVerified: 'NOT VERIFIED: {failed} of {count} checks failed.',
    signedBy: 'Signed by the key of {label}.',
    signedByGiven: 'Signed by the key whose fingerprint you gave.',
    signedByRotated: plural({
      one: 'Signed by the key that the key of {label} handed over to on {date}.',
      other: 'Signed by the key that the key of {label} handed over to, through {count} hand-overs from {date} on.',
    }),
    signedByRotatedGiven: plural({
      one: 'Signed by the key that the key whose fingerprint you gave handed over to on {date}.',
      other:
        'Signed by the key that the key whose fingerprint you gave handed over to, through {count} hand-overs from {date} on.',
    }),
    signerRotated: plural({
      one: 'Signer confirmed: signed by the key that the key of {label} handed over to on {date}.',
      other:
        'Signer confirmed: signed by the key that the key of {label} handed over to, through {count} hand-overs from {date} on.',
    }),
    signerRotatedGiven: plural({
      one: 'Signer confirmed: signed by the key that the key whose fingerprint you gave handed over to on {date}.',
      other:
        'Signer confirmed: signed by the key that the key whose fingerprint you gave handed over to, through {count} hand-overs from {date} on.',
    }),
    trustedEarlierKey: 'Trusted earlier key',
    earlierKeys: 'Earlier keys of the exporter',
    handedOver: 'handed over on {date}',
    earlierKey: 'Earlier key {fingerprint}, handed over on {date}',
    intact: plural({
      one: 'CONTENTS INTACT, SIGNER NOT CONFIRMED: the {count} check passed, but nothing here shows who signed the pack.',
      other:
        'CONTENTS INTACT, SIGNER NOT CONFIRMED: all {count} checks passed, but nothing here shows who signed the pack.',
    }),
    howToConfirm:
      'To confirm the signer, compare the fingerprint below with one obtained from the sender apart from the pack (read out by phone, a printed key card, in person), or give it: --fingerprint <hex> or --trusted-keys <file>.',
  },

  cli: {
    usage:
      'Usage: dokaz-verify [--json] [--lang <code>] [--fingerprint <hex>] [--trusted-keys <file>] <pack.zip>\n\nVerifies a Dokaz evidence pack (dokaz-pack/1 or dokaz-pack/2): its signatures, every file’s hash, the manifest, the capture records and the custody events.\n  --fingerprint <hex>    the fingerprint of the sender’s key, obtained apart from the pack\n                         (read out by phone, a printed key card, in person); spaces and colons allowed\n  --trusted-keys <file>  a list of trusted keys: one fingerprint a line, then a label; # starts a comment\n  --json                 print the verdict as JSON instead of text\n  --lang <code>          the language of the output: {languages}\n                         (otherwise the language of the environment, LANG)\nA pack holds its own key, so anyone can re-sign one: without --fingerprint or --trusted-keys the contents may be intact, but the signer is not confirmed (exit status 0 all the same).\nExit status: 0 verified, 1 a check failed or another key signed the pack, 2 usage error.',
    unknownOption: 'dokaz-verify: unknown option {option}',
    unknownLanguage: 'dokaz-verify: unknown language {language}; choose one of {languages}',
    cannotRead: 'dokaz-verify: cannot read {path}: {reason}',
    badFingerprint: 'dokaz-verify: cannot use --fingerprint: {reason}',
    badTrustedKeys: 'dokaz-verify: cannot use the list of trusted keys {path}: {reason}',
    missingValue: 'dokaz-verify: {option} needs a value',
  },
};
