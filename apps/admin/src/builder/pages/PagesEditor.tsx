import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../fields/problem-text';
import { addPage } from '../model/definition-ops';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { PageCard } from './PageCard';
import { useQuestionDrag } from './useQuestionDrag';

/** The pages in order, each with its questions; numbering of questions runs across pages. */
export function PagesEditor() {
  const { t, language } = useI18n();
  const { editor, change, readOnly, problems, focusNext, expanded, setExpanded } = useBuilder();
  const drag = useQuestionDrag();
  const allKeys = editor.pages.flatMap((page) => page.questions.map((question) => question.uiKey));
  const allOpen = allKeys.length > 0 && allKeys.every((key) => expanded.has(key));

  const add = () => {
    let key = '';
    change((draft) => {
      key = addPage(draft).uiKey;
    });
    focusNext([fieldId(key, 'title.nb')]);
  };

  let number = 1;
  return (
    <div className="pages">
      <FieldErrors errors={problems.at('', 'pages').map((problem) => problemText(problem, t, language))} />
      {allKeys.length > 0 && (
        <div className="pages-tools">
          <button type="button" className="button-quiet" onClick={() => setExpanded(allKeys, !allOpen)}>
            {allOpen ? t('builder.closeAll') : t('builder.openAll')}
          </button>
        </div>
      )}
      {editor.pages.length === 0 && (
        <div className="empty-builder">
          <p>{readOnly ? t('builder.emptyReadOnly') : t('builder.empty')}</p>
        </div>
      )}
      {editor.pages.map((page, pageIndex) => {
        const firstNumber = number;
        number += page.questions.length;
        return <PageCard key={page.uiKey} page={page} pageIndex={pageIndex} pageCount={editor.pages.length} firstNumber={firstNumber} drag={drag} />;
      })}
      {!readOnly && (
        <button type="button" className={editor.pages.length ? 'button-secondary' : 'button-primary'} id={fieldId('', 'pages')} onClick={add}>
          {editor.pages.length ? t('builder.addPage') : t('builder.addFirstPage')}
        </button>
      )}
    </div>
  );
}

