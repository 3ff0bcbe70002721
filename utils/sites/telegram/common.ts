import type { TelegramMedia, TelegramMediaKind } from './types';

/** Pieces every Telegram extractor needs alike. */

/** A media item with every field unknown but those given. */
export function mediaItem(kind: TelegramMediaKind, fields: Partial<TelegramMedia> = {}): TelegramMedia {
  return {
    kind,
    messageId: null,
    src: null,
    width: null,
    height: null,
    duration: null,
    fileName: null,
    fileSizeText: null,
    thumbnail: false,
    ...fields,
  };
}

/** A duration as the clients show it at the end of a label ("0:42", "GIF 12:05", "1:02:03") → seconds; else null. */
export function parseDuration(text: string | null | undefined): number | null {
  const match = /(?:^|\s)(?:(\d+):)?(\d{1,2}):(\d{2})\s*$/.exec(text ?? '');
  if (!match) return null;
  const [, hours, minutes = '0', seconds = '0'] = match;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return null;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}
