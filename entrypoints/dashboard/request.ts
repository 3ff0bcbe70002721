import { browser } from 'wxt/browser';
import { DokazError } from '@/utils/errors';
import type { Reply, Request, Requests, RequestType } from '@/utils/messages';

/** Asks the background for what only it may do (it alone writes the custody log); rejects with its words. */
export async function sendRequest<T extends RequestType>(request: Request<T>): Promise<Requests[T]['reply']> {
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  } catch (error) {
    throw new DokazError('Dokaz’s background could not be reached. Reload this page and try again.', { cause: error });
  }
  if (!reply) throw new DokazError('Dokaz’s background did not answer. Reload this page and try again.');
  if (!reply.ok) throw new DokazError(reply.error);
  return reply.value;
}
