import type { Site } from '../site';
import { observeTelegram, summarizeTelegram } from './catalogue';
import { TELEGRAM_CHAT_WALKERS, telegramRunMessage } from './chat-walkers';
import { telegramDesktopExport } from './desktop-export';
import { telegramMedia } from './media-rule';
import { telegramPreview } from './tme';
import type { TelegramPost } from './types';
import { telegramWebA } from './web-a';
import { telegramWebK } from './web-k';

/** Telegram: its two web clients (Web K, Web A) and its public previews (t.me/s, embeds). */
export const telegram: Site<TelegramPost> = {
  platform: 'telegram',
  extractors: [telegramWebK, telegramWebA, telegramPreview],
  media: telegramMedia,
  observe: observeTelegram,
  summarize: summarizeTelegram,
  packFiles: telegramDesktopExport,
  chats: { walkers: TELEGRAM_CHAT_WALKERS, message: telegramRunMessage },
};
