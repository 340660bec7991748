import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { describeField } from '../fields/field-names';
import { problemText } from '../fields/problem-text';
import { type EditorDefinition, findPage, findQuestion } from '../model/editor-model';
import { type AnchoredProblem, fieldId } from '../model/problems';
import { pageHeadingId } from '../pages/PageCard';
import { questionToggleId } from '../questions/QuestionCard';
import { useBuilder } from '../state/BuilderContext';

export const PROBLEM_SUMMARY_ID = 'problem-summary';
const SHOWN_AT_FIRST = 8;

/** Everything that stands in the way of publishing, each linking to the field to fix. */
export function ProblemSummary() {
  const { t, language } = useI18n();
  const { problems, editor, setExpanded, focusNext, readOnly } = useBuilder();
  const [showAll, setShowAll] = useState(false);
  if (readOnly) return null;
  const current = problems.all
    .filter((problem) => problem.scope === 'definition' || located(editor, problem))
    .map((problem, index) => ({ problem, index, position: positionOf(editor, problem) }))
    .sort((a, b) => a.position[0] - b.position[0] || a.position[1] - b.position[1] || a.index - b.index)
    .map(({ problem }) => problem);
  if (current.length === 0) return null;
  const shown = showAll ? current : current.slice(0, SHOWN_AT_FIRST);
  const numbers = new Map(editor.pages.flatMap((page) => page.questions).map((question, index) => [question.uiKey, index + 1]));

  const where = (problem: AnchoredProblem) => {
    const part = describeField(problem.field, t, language);
    const owner =
      problem.scope === 'question'
        ? t('builder.questionName', { n: numbers.get(problem.ownerKey) ?? '?' })
        : problem.scope === 'page'
          ? t('builder.pageName', { n: (findPage(editor, problem.ownerKey)?.pageIndex ?? 0) + 1 })
          : t('builder.wholeQuestionnaire');
    return part ? `${owner}, ${part}` : owner;
  };
  const go = (problem: AnchoredProblem) => {
    if (problem.scope === 'question') setExpanded([problem.ownerKey], true);
    const owner = problem.scope === 'question' ? questionToggleId(problem.ownerKey) : problem.scope === 'page' ? pageHeadingId(problem.ownerKey) : PROBLEM_SUMMARY_ID;
    focusNext([fieldId(problem.ownerKey, problem.field), owner]);
  };

  return (
    <section className="problem-summary" aria-labelledby={PROBLEM_SUMMARY_ID}>
      <h2 id={PROBLEM_SUMMARY_ID} tabIndex={-1}>
        {t(current.length === 1 ? 'builder.summaryOne' : 'builder.summary', { n: current.length })}
      </h2>
      <p className="hint">{t('builder.summaryHint')}</p>
      <ul>
        {shown.map((problem, index) => (
          <li key={index}>
            <a
              href={`#${fieldId(problem.ownerKey, problem.field)}`}
              onClick={(event) => {
                event.preventDefault();
                go(problem);
              }}
            >
              <strong>{where(problem)}:</strong> {problemText(problem, t, language)}
            </a>
          </li>
        ))}
      </ul>
      {current.length > SHOWN_AT_FIRST && (
        <button type="button" className="button-quiet" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('builder.showFewer') : t('builder.showAll', { n: current.length })}
        </button>
      )}
    </section>
  );
}

/** [page, question] for sorting: the questionnaire itself first, then pages and questions in order. */
function positionOf(editor: EditorDefinition, problem: AnchoredProblem): [number, number] {
  if (problem.scope === 'question') {
    const found = findQuestion(editor, problem.ownerKey);
    return found ? [found.pageIndex, found.questionIndex] : [Infinity, 0];
  }
  if (problem.scope === 'page') return [findPage(editor, problem.ownerKey)?.pageIndex ?? Infinity, -1];
  return [-1, -1];
}

function located(editor: EditorDefinition, problem: AnchoredProblem): boolean {
  return problem.scope === 'question' ? Boolean(findQuestion(editor, problem.ownerKey)) : Boolean(findPage(editor, problem.ownerKey));
}
