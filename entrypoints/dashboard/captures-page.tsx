import { useState } from 'preact/hooks';
import { CaptureList } from '@/components/CaptureList';
import { ExportPanel } from '@/components/ExportPanel';
import { LoadFailed, Loading } from '@/components/PageState';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useObjectUrls } from '@/utils/hooks/use-object-urls';
import { useI18n } from '@/components/i18n';
import { describeError } from '@/utils/errors';
import type { Store } from '@/utils/store';
import { useExport } from './use-export';

const PAGE_SIZE = 100;

export function CapturesPage({ store, notice }: { store: Store; notice: string | null }) {
  const [pages, setPages] = useState(1);
  const exporter = useExport(store);
  const { t, say } = useI18n();
  // Every loaded page is read again on any change, so that a new capture shifts the list instead of repeating a row.
  const result = useLiveQuery(async () => {
    const [total, loaded] = await Promise.all([
      store.countCaptures(),
      Promise.all(
        Array.from({ length: pages }, (_, page) => store.listCaptures({ limit: PAGE_SIZE, offset: page * PAGE_SIZE })),
      ),
    ]);
    return { total, captures: loaded.flat() };
  }, [store, pages]);

  const captures = result.status === 'ready' ? result.value.captures : [];
  const thumbnails = useObjectUrls(
    captures.flatMap((capture) => (capture.thumbnailArtifactId ? [capture.thumbnailArtifactId] : [])),
    (artifactId) => store.getArtifactData(artifactId),
  );

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed')
    return <LoadFailed what={t('state.what.captures')} message={describeError(result.error, say)} />;
  return (
    <>
      {result.value.total > 0 ? (
        <ExportPanel
          label={t('export.all')}
          state={exporter.state}
          language={exporter.language}
          onLanguage={exporter.setLanguage}
          onExport={() => void exporter.run({ all: true }, 0)}
        />
      ) : null}
      <CaptureList
        captures={captures}
        total={result.value.total}
        thumbnails={thumbnails}
        onLoadMore={() => setPages((count) => count + 1)}
        notice={notice}
      />
    </>
  );
}
