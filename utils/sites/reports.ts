import type { Html, ReportContext } from '../html/report-format';
import type { StructuredPost } from '.';
import { renderTelegram } from './telegram/report';
import { renderX } from './x/report';

/**
 * Each site's section of report.html: what its extractor read, fact by fact. One entry per platform of the structured
 * post's schema (index.ts); the type checker asks for each. Kept apart from index.ts, which the page's extractor and
 * the Node verifier load, so that neither loads the report.
 */
type Renderers = {
  [P in StructuredPost['platform']]: (
    post: Extract<StructuredPost, { platform: P }>,
    ctx: ReportContext,
    recordPath: string,
  ) => Html;
};

const RENDERERS: Renderers = { telegram: renderTelegram, x: renderX };

export function siteReport(post: StructuredPost, ctx: ReportContext, recordPath: string): Html {
  const render = RENDERERS[post.platform] as (post: StructuredPost, ctx: ReportContext, recordPath: string) => Html;
  return render(post, ctx, recordPath);
}
