/**
 * Where a quick exit goes: a Google search for "weather". It is among the most
 * visited pages there are, so it stands out neither on the screen nor in the
 * browser's history; Google answers in the browser's language and for the
 * place the person is in (a Macedonian browser gets a Macedonian forecast);
 * and the page is light and quick. Nothing is fetched before leaving: the page
 * goes first. (A module of its own, without the extension API, so that the
 * end-to-end tests in Node can read it.)
 */
export const NEUTRAL_URL = 'https://www.google.com/search?q=weather';
