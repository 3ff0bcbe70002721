import type { FunctionComponent } from 'preact';
import type { StructuredPost } from '../utils/sites';
import { TelegramFacts } from './sites/TelegramFacts';
import { XFacts } from './sites/XFacts';

/**
 * Each site's facts on a capture's page in the dashboard. One entry per platform of the structured post's schema
 * (index.ts); the type checker asks for each.
 */
type Components = {
  [P in StructuredPost['platform']]: FunctionComponent<{ post: Extract<StructuredPost, { platform: P }> }>;
};

const COMPONENTS: Components = { telegram: TelegramFacts, x: XFacts };

export function SiteFacts({ post }: { post: StructuredPost }) {
  const Facts = COMPONENTS[post.platform] as FunctionComponent<{ post: StructuredPost }>;
  return <Facts post={post} />;
}
