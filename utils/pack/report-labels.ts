/**
 * Every word report.html shows, in one object. The report will be offered in
 * Macedonian, Serbian (Cyrillic and Latin), Croatian, Bosnian and Albanian,
 * chosen at export time: each language will be one more object of type
 * `ReportLabels`. Field names stay readable in English for cross-border work,
 * e.g. "ID poruke (Message id)".
 *
 * Placeholders in braces (`{n}`, `{path}`) are filled by the report with values
 * already formatted for the language and escaped; the labels themselves are
 * escaped too, so they are plain text.
 */

/** A label that depends on a count, by the language's plural category (Intl.PluralRules). */
export type PluralLabel = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const plural = (label: PluralLabel): PluralLabel => label;

export const REPORT_LABELS = {
  brand: 'Dokaz',
  documentTitle: 'Evidence report',
  intro:
    'This report describes the captures of an evidence pack made with Dokaz. It is a reading aid: the evidence is the files of the pack, which are hashed and signed and can be checked with the commands at the end of this report.',
  confidential:
    'Confidential. This report may show intimate images published without consent. Share it only with those who need it for the case.',

  summaryHeading: 'Summary',
  exportedBy: 'Exported by (install id)',
  exportedAt: 'Exported at',
  captureCount: 'Captures',
  selection: 'Selection',
  selectionAll: 'All captures of the exporter',
  selectionIds: plural({ one: '{n} chosen capture', other: '{n} chosen captures' }),
  selectionCase: 'Case {case}',
  keyFingerprint: 'Signing key fingerprint (SHA-256)',
  keyFingerprintNote:
    'Read it in blocks of four. It must be the fingerprint shown in the exporter’s Dokaz settings, and the output of the last command under “How to verify”.',
  keyAlgorithm: 'Signature algorithm',
  packFormat: 'Pack format',
  madeWith: 'Made with',
  custodyEvents: 'Custody events in the pack',
  custodyHead: 'Hash of the last custody event',
  images: 'Images',
  imagesBlurred: 'Blurred in this report. The originals in the pack are not blurred.',
  imagesShown: 'Shown as captured, not blurred.',
  contentsHeading: 'Captures in this report',

  captureHeading: 'Capture {n} of {total}',
  untitled: 'Untitled page',
  captureId: 'Capture id',
  screenshotAlt: 'Screenshot of the captured post',
  screenshotCaption: 'The post as it was on screen: {path}',
  blurredNote: 'Blurred in this report. The original, not blurred, is in the pack at {path}.',
  noScreenshot: 'This pack holds no screenshot of the post.',
  imageSize: '{width} × {height} pixels',

  telegramMessage: 'Telegram message',
  telegramChat: 'Telegram chat',
  telegramAccount: 'Telegram account',
  platform: 'Platform / client',
  clients: { 'web-k': 'Telegram Web K', 'web-a': 'Telegram Web A', 'tme-preview': 'Telegram public preview (t.me)' },
  chatTitle: 'Chat title',
  chatPeerId: 'Chat peer id',
  chatUsername: 'Chat username',
  chatType: 'Chat type',
  chatTypes: { channel: 'channel', supergroup: 'supergroup', group: 'group', user: 'user', bot: 'bot' },
  chatMembers: 'Members',
  chatDescription: 'Chat description',
  chatLink: 'Chat link',
  accountName: 'Account name',
  accountPeerId: 'Account peer id',
  accountUsername: 'Account username',
  senderName: 'Sender name',
  senderPeerId: 'Sender peer id',
  senderUsername: 'Sender username',
  senderSignature: 'Sender signature',
  messageId: 'Message id',
  date: 'Date',
  dateDetails: 'shown as “{text}”, {precision}, read from {source}',
  precisions: { second: 'to the second', minute: 'to the minute', day: 'to the day' },
  precisionUnknown: 'precision unknown',
  permalink: 'Permalink',
  edited: 'Edited',
  yes: 'Yes',
  no: 'No',
  forwardedFrom: 'Forwarded from',
  peerId: 'Peer id',
  replyTo: 'Reply to',
  replyToMessage: 'message {id}',
  views: 'Views',
  media: 'Media',
  mediaPreviewOnly: 'preview only',
  messageText: 'Message text',
  extractor: 'Read by',
  extractorWarnings: 'Not read',

  postHeading: 'Page and post',
  siteTitle: 'Site title',
  container: 'Container',
  wholePage: 'The whole page',
  postText: 'Post text',
  textCut: 'Cut: the first {shown} of {total} characters. The full text is in {path}.',
  canonicalUrl: 'Canonical URL',
  frameUrl: 'Frame URL',
  linkUrl: 'Link URL',
  mediaUrl: 'Media URL',

  captureFactsHeading: 'Capture',
  pageUrl: 'Page URL',
  capturedAtUtc: 'Captured at (UTC)',
  capturedAtLocal: 'Local time of the computer',
  recordSha256: 'Record SHA-256',
  recordNote: 'SHA-256 of record.json; the custody event “captured” of this capture holds it.',
  capturedBy: 'Captured by (install id)',
  capturedWith: 'Captured with',
  capturedWithValue: '{browser} {version} on {os}, Dokaz {dokaz}',
  notesHeading: 'Notes from the capture',
  skippedItem: 'Not kept: {url} ({reason})',
  filesHeading: 'Files of this capture, in {dir}',
  file: 'File',
  sizeBytes: 'Size (bytes)',
  sha256: 'SHA-256',
  notInPack: 'not in this pack',

  custodyHeading: 'Annex: custody events',
  custodyIntro:
    'The events of custody.jsonl. Each event’s hash covers its fields and the hash of the event before it, so the events form one chain on the exporter’s computer. Events about captures outside this pack are left out; the hash of a later event still commits to them.',
  seq: 'Seq',
  type: 'Type',
  timeUtc: 'Time (UTC)',
  capture: 'Capture',
  payloadHash: 'Payload SHA-256',
  eventHash: 'Event hash',
  eventTypes: { captured: 'captured', annotated: 'annotated', exported: 'exported', deleted: 'deleted' },
  captureRef: 'Capture {n}',
  gap: plural({
    one: '{n} event of other captures left out (seq {range})',
    other: '{n} events of other captures left out (seq {range})',
  }),

  verifyHeading: 'How to verify',
  verifyIntro:
    'The commands of VERIFY.txt, in the pack. They need only unzip, sha256sum and openssl; on Windows, Git for Windows brings them (Git Bash).',
  expectedOutput: 'Expected output',
  verifyProves: {
    unzip: 'Unpacks the pack into a folder “pack”.',
    sumsSignature: 'The list of hashes SHA256SUMS was signed by the key in public-key.pem.',
    sums: 'Every file has the hash that list gives: no file was changed since it was signed.',
    manifestSignature: 'manifest.json, which holds every capture record, was signed by the same key.',
    fingerprint: 'The key is the exporter’s: this is the fingerprint in the summary and in the exporter’s settings.',
  },
  expectedLines: 'one line per file, each ending in “OK”',
  verifyMore:
    'dokaz-verify and the verify page of the Dokaz extension also check that no file is missing or extra, the manifest’s schema and the custody events, and name the file or check that fails.',
  footer: 'Made by Dokaz {version} on {date}.',
  none: 'None',
  unknown: 'Unknown',
};

export type ReportLabels = typeof REPORT_LABELS;
