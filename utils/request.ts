import { browser } from 'wxt/browser';
import { DokazError } from './errors';
import { text } from './i18n/translate';
import type { Reply, Request, Requests, RequestType } from './messages';

/** An extension page (dashboard, popup) asks the background for what only it may do (it alone writes the custody log); rejects with its words, as a Text for the page's language. */
export async function sendRequest<T extends RequestType>(request: Request<T>): Promise<Requests[T]['reply']> {
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  } catch (error) {
    throw new DokazError(text('error.backgroundUnreachable'), { cause: error });
  }
  if (!reply) throw new DokazError(text('error.backgroundSilent'));
  if (!reply.ok) throw new DokazError(reply.error);
  return reply.value;
}
