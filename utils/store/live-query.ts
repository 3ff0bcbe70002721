/**
 * A store query that runs again whenever the data it read changes, in this page or in another context of the
 * extension (Dexie tells every context of the origin through a BroadcastChannel): the pages' live lists
 * (utils/hooks/use-live-query.ts) watch the store through the store's own database library.
 */
export { liveQuery } from 'dexie';
