import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '@questionnaire/browser';
import { ApiError } from '../../api/client';
import { previews, type PreviewRequest, type PreviewResponse } from '../../api/preview';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n/i18n';
import { useBuilder } from '../state/BuilderContext';
import { listenToFrame, type FrameAction } from './frame-events';
import '../../styles/preview.css';

type Problem = 'noPages' | 'cannotShow' | 'failed';
type Note = 'submitted' | 'saveForLater' | 'resume' | null;

/**
 * The questionnaire as respondents see it, rendered on the server by the respondent form itself
 * and shown in a sandboxed frame. The designer can answer, go on, switch language and jump to
 * any page; the answers live here only. The preview follows every save of the draft.
 */
export function PreviewPanel({ versionId }: { versionId: string }) {
  const { t } = useI18n();
  const { autosave } = useBuilder();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<PreviewResponse>();
  const [problem, setProblem] = useState<Problem>();
  const [note, setNote] = useState<Note>(null);
  const [loading, setLoading] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef(0);
  const focusFrame = useRef(false);
  const current = useRef<Pick<PreviewRequest, 'language' | 'pageId' | 'answers'>>({ language: 'nb' });

  const show = useCallback(
    async (request: PreviewRequest, fromFrame = false) => {
      const round = ++latest.current;
      setLoading(true);
      try {
        let response: PreviewResponse;
        try {
          response = await previews.render(versionId, request);
        } catch (error) {
          // The page may have been deleted since: start from the first page instead.
          if (!(error instanceof ApiError && error.status === 422 && error.details.some((detail) => detail.path === 'pageId'))) throw error;
          response = await previews.render(versionId, { ...request, pageId: undefined });
        }
        if (round !== latest.current) return;
        current.current = { language: response.language, pageId: response.pageId, answers: response.answers };
        focusFrame.current = fromFrame;
        setShown(response);
        setProblem(undefined);
        setNote(response.submitted ? 'submitted' : response.notice === 'save_for_later' ? 'saveForLater' : null);
      } catch (error) {
        if (round !== latest.current) return;
        const status = error instanceof ApiError ? error.status : 0;
        const noPages = status === 422 && error instanceof ApiError && error.details.some((detail) => detail.path === '$.pages');
        setProblem(noPages ? 'noPages' : status === 422 ? 'cannotShow' : 'failed');
      } finally {
        if (round === latest.current) setLoading(false);
      }
    },
    [versionId],
  );

  const savedAt = autosave.status.kind === 'saved' ? (autosave.status.at ?? '') : undefined;
  useEffect(() => {
    if (open && savedAt !== undefined) void show(current.current);
  }, [open, savedAt, show]);

  const act = useCallback(
    (action: FrameAction) => {
      if (action.kind === 'send') void show({ ...current.current, pageId: undefined, form: action.form }, true);
      else if (action.kind === 'language') void show({ ...current.current, language: action.language as Language }, true);
      else setNote('resume');
    },
    [show],
  );

  const stopListening = useRef<() => void>(undefined);
  useEffect(() => () => stopListening.current?.(), []);
  const onFrameLoad = () => {
    stopListening.current?.();
    const document = frame.current?.contentDocument;
    if (!document) return;
    stopListening.current = listenToFrame(document, act);
    if (focusFrame.current) document.getElementById('main')?.focus();
  };

  return (
    <section className={`side-panel preview-panel${open ? ' is-open' : ''}`} aria-labelledby="preview-title" data-preview>
      <h2 id="preview-title">{t('preview.title')}</h2>
      <p>{t('preview.about')}</p>
      <button type="button" className="button-secondary" aria-expanded={open} aria-controls="preview-body" onClick={() => setOpen(!open)}>
        {t(open ? 'preview.close' : 'preview.open')}
      </button>
      <div id="preview-body" hidden={!open}>
        {open && (
          <>
            {shown && (
              <div className="preview-controls">
                {shown.languages.length > 1 && (
                  <div className="field">
                    <label htmlFor="preview-language">{t('preview.language')}</label>
                    <select id="preview-language" value={shown.language} onChange={(event) => void show({ ...current.current, language: event.target.value as Language })}>
                      {shown.languages.map((language) => (
                        <option key={language} value={language}>
                          {t(`language.${language}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                <div className="field">
                  <label htmlFor="preview-page">{t('preview.page')}</label>
                  <select id="preview-page" value={shown.submitted ? '' : shown.pageId} onChange={(event) => void show({ ...current.current, pageId: event.target.value })}>
                    {shown.submitted && <option value="" disabled />}
                    {shown.pages.map((page, index) => {
                      const params = { n: index + 1, title: page.title || t('preview.untitled') };
                      return (
                        <option key={page.id} value={page.id}>
                          {t(page.shown ? 'preview.pageOption' : 'preview.pageHidden', params)}
                        </option>
                      );
                    })}
                  </select>
                </div>
                <p className="preview-position" aria-live="polite" data-preview-position>
                  {shown.submitted ? t('preview.submitted') : t('preview.position', { n: shown.pageNumber, count: shown.pageCount })}
                </p>
                <button type="button" className="button-quiet" onClick={() => void show({ language: current.current.language })}>
                  {t('preview.restart')}
                </button>
              </div>
            )}
            {note && note !== 'submitted' && <Notice tone="info">{t(note === 'saveForLater' ? 'preview.saveForLater' : 'preview.resume')}</Notice>}
            {problem && (
              <Notice tone={problem === 'failed' ? 'error' : 'info'}>
                <p>{t(`preview.${problem}`)}</p>
                {problem === 'failed' && (
                  <button type="button" className="button-secondary" onClick={() => void show(current.current)}>
                    {t('preview.retry')}
                  </button>
                )}
              </Notice>
            )}
            {!shown && !problem && loading && <p className="loading">{t('preview.loading')}</p>}
            {shown && !problem && (
              <>
                <iframe
                  ref={frame}
                  className="preview-frame"
                  title={t('preview.frameTitle')}
                  sandbox="allow-same-origin allow-scripts allow-forms"
                  srcDoc={shown.html}
                  onLoad={onFrameLoad}
                  data-preview-frame
                  aria-busy={loading}
                />
                <p className="hint">{t('preview.savedVersion')}</p>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
