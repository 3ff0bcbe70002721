import { useState } from 'preact/hooks';
import { AnnotationForm, type AnnotationSaveState } from '@/components/AnnotationForm';
import { CaptureDetail } from '@/components/CaptureDetail';
import { SiteFacts } from '@/components/SiteFacts';
import { MessageVersions } from '@/components/MessageVersions';
import { ExportPanel } from '@/components/ExportPanel';
import { LoadFailed, Loading } from '@/components/PageState';
import { useBlurSetting } from '@/utils/hooks/use-blur-setting';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useObjectUrls } from '@/utils/hooks/use-object-urls';
import { blobForObjectUrl } from '@/utils/artifact-display';
import { useI18n } from '@/components/i18n';
import type { AnnotationPatch } from '@/utils/case-work/types';
import { describeError } from '@/utils/errors';
import type { Store } from '@/utils/store';
import { sendRequest } from './request';
import { useExport } from './use-export';

interface CapturePageProps {
  store: Store;
  id: string;
  /** Called once the background has deleted the capture. */
  onDeleted: () => void;
}

export function CapturePage({ store, id, onDeleted }: CapturePageProps) {
  const result = useLiveQuery(() => store.getCapture(id), [store, id]);
  // The annotation and the cases to choose from, followed live (another tab may change them).
  const caseWork = useLiveQuery(() => Promise.all([store.getAnnotation(id), store.listCases()]), [store, id]);
  // A chat message's versions and whether a run no longer found it (monitor mode), followed live.
  const history = useLiveQuery(() => store.messageHistory(id), [store, id]);
  const blurred = useBlurSetting();
  const exporter = useExport(store);
  const { t, say } = useI18n();
  const [deleting, setDeleting] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [saving, setSaving] = useState<AnnotationSaveState>({ busy: false, error: null, saved: false });

  const capture = result.status === 'ready' ? result.value : null;
  const artifacts = capture?.artifacts ?? [];
  const artifactUrls = useObjectUrls(
    artifacts.map((artifact) => artifact.id),
    async (artifactId) => {
      const meta = artifacts.find((artifact) => artifact.id === artifactId);
      const blob = await store.getArtifactData(artifactId);
      return meta && blob ? blobForObjectUrl(meta, blob) : null;
    },
  );

  async function remove(reason: string): Promise<void> {
    setDeleting({ busy: true, error: null });
    try {
      await sendRequest({ type: 'deleteCapture', args: { id, reason } });
      onDeleted();
    } catch (error) {
      setDeleting({ busy: false, error: describeError(error, say) });
    }
  }

  async function annotate(patch: AnnotationPatch): Promise<void> {
    setSaving({ busy: true, error: null, saved: false });
    try {
      await sendRequest({ type: 'annotate', args: { captureId: id, patch } });
      setSaving({ busy: false, error: null, saved: true });
    } catch (error) {
      setSaving({ busy: false, error: describeError(error, say), saved: false });
    }
  }

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'failed')
    return <LoadFailed what={t('state.what.capture')} message={describeError(result.error, say)} />;
  if (!capture) {
    // The store tells this page about the deletion before the background's reply does.
    if (deleting.busy) return <Loading text={t('capture.deleting')} />;
    return (
      <div class="page-state">
        <h1 tabIndex={-1}>{t('capture.notFoundHeading')}</h1>
        <p>{t('capture.notFoundText')}</p>
        <p>
          <a href="#/">{t('capture.back')}</a> · <a href="#/custody">{t('nav.custody')}</a>
        </p>
      </div>
    );
  }
  const size = capture.artifacts.reduce((sum, artifact) => sum + artifact.size, 0);
  return (
    <>
      <CaptureDetail
        capture={capture}
        artifactUrls={artifactUrls}
        deleting={deleting}
        onDelete={(reason) => void remove(reason)}
        blurred={blurred}
        siteFacts={capture.post.structured ? <SiteFacts post={capture.post.structured} /> : null}
        annotation={
          caseWork.status === 'ready' ? (
            <AnnotationForm
              annotation={caseWork.value[0]}
              cases={caseWork.value[1]}
              state={saving}
              onSave={(patch) => void annotate(patch)}
            />
          ) : caseWork.status === 'failed' ? (
            <LoadFailed what={t('state.what.annotation')} message={describeError(caseWork.error, say)} />
          ) : (
            <Loading />
          )
        }
      />
      {history.status === 'ready' && history.value ? (
        <MessageVersions history={history.value} current={capture.id} />
      ) : null}
      <ExportPanel
        label={t('export.one')}
        state={exporter.state}
        language={exporter.language}
        onLanguage={exporter.setLanguage}
        onExport={() => void exporter.run({ captureIds: [capture.id] }, size)}
      />
    </>
  );
}
