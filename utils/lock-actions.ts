import { describeError } from './errors';
import type { Text } from './i18n/translate';
import { sendRequest } from './request';

/** The unlock screen's action: the background unlocks (and finishes what waited for it); words on failure. */
export async function unlockThroughBackground(
  secret: string,
  recoveryCode: boolean,
  say: (text: Text) => string,
): Promise<string | null> {
  try {
    await sendRequest({ type: 'unlock', args: { secret, recoveryCode } });
    return null;
  } catch (error) {
    return describeError(error, say);
  }
}
