import type { ReportLabels } from '../i18n/catalog';
import { CATALOGS } from '../i18n/catalogs';
import type { Locale } from '../i18n/locales';

export type { ReportLabels } from '../i18n/catalog';
export type { PluralMessage as PluralLabel } from '../i18n/plural';

/**
 * The names of fields and headings, which report.html shows in English as
 * well when it is written in another language ("ID poruke / Message id"): a
 * prosecutor abroad can still find the message id, the hashes and the dates.
 * Sentences are in the report's language only.
 */
const BILINGUAL = [
  'documentTitle',
  'summaryHeading',
  'exportedBy',
  'exportedAt',
  'captureCount',
  'selection',
  'keyFingerprint',
  'earlierKeys',
  'keyAlgorithm',
  'packFormat',
  'madeWith',
  'custodyEvents',
  'custodyHead',
  'images',
  'contentsHeading',
  'captureId',
  'telegramMessage',
  'telegramChat',
  'telegramAccount',
  'xPost',
  'xSeenOn',
  'xAuthorName',
  'xAuthorHandle',
  'xAuthorId',
  'xStatusId',
  'xRepostedBy',
  'xQuoted',
  'xLinks',
  'xReplies',
  'xReposts',
  'xLikes',
  'xBookmarks',
  'platform',
  'chatTitle',
  'chatPeerId',
  'chatUsername',
  'chatType',
  'chatMembers',
  'chatDescription',
  'chatLink',
  'accountName',
  'accountPeerId',
  'accountUsername',
  'senderName',
  'senderPeerId',
  'senderUsername',
  'senderSignature',
  'messageId',
  'date',
  'permalink',
  'edited',
  'forwardedFrom',
  'peerId',
  'replyTo',
  'views',
  'media',
  'messageText',
  'extractor',
  'extractorWarnings',
  'postHeading',
  'siteTitle',
  'container',
  'postText',
  'canonicalUrl',
  'frameUrl',
  'linkUrl',
  'mediaUrl',
  'captureFactsHeading',
  'pageUrl',
  'capturedAtUtc',
  'capturedAtLocal',
  'recordSha256',
  'capturedBy',
  'capturedWith',
  'notesHeading',
  'file',
  'sizeBytes',
  'sha256',
  'custodyHeading',
  'seq',
  'type',
  'timeUtc',
  'capture',
  'payloadHash',
  'eventHash',
  'verifyHeading',
  'expectedOutput',
] as const satisfies readonly (keyof ReportLabels)[];

export function reportLabels(locale: Locale): ReportLabels {
  const labels = CATALOGS[locale].report;
  if (locale === 'en') return labels;
  const english = CATALOGS.en.report;
  const both: ReportLabels = { ...labels };
  for (const key of BILINGUAL) {
    if (labels[key] !== english[key]) both[key] = `${labels[key]} / ${english[key]}`;
  }
  return both;
}
