import type { Answers } from '../answers/answer-types';
import type { Condition, ConditionTerm } from '../definition/types';
import { evaluateCondition } from './evaluate-condition';

const context = { dontKnowCodes: { scale: 9 } };
const term = (op: ConditionTerm['op'], value?: ConditionTerm['value'], variable = 'q'): Condition => ({ all: [{ variable, op, ...(value === undefined ? {} : { value }) }] });

describe('evaluateCondition on one term', () => {
  const cases: Array<[string, Condition, Answers, boolean]> = [
    // single choice: a code
    ['single choice: equals is true for the same code', term('equals', 1), { q: 1 }, true],
    ['single choice: equals is false for another code', term('equals', 1), { q: 2 }, false],
    ['single choice: equals is false when unanswered', term('equals', 1), {}, false],
    ['single choice: not_equals is true for another code', term('not_equals', 1), { q: 2 }, true],
    ['single choice: not_equals is false for the same code', term('not_equals', 1), { q: 1 }, false],
    ['single choice: not_equals is false when unanswered', term('not_equals', 1), { q: null }, false],
    ['single choice: in is true when the code is listed', term('in', [1, 3]), { q: 3 }, true],
    ['single choice: in is false when the code is not listed', term('in', [1, 3]), { q: 2 }, false],
    ['single choice: in an empty list is false', term('in', []), { q: 2 }, false],
    ['single choice: answered is true for a code', term('answered'), { q: 2 }, true],
    ['single choice: answered is false for null', term('answered'), { q: null }, false],
    ['single choice: not_answered is true for a missing answer', term('not_answered'), {}, true],
    ['single choice: not_answered is false for a code', term('not_answered'), { q: 1 }, false],
    // multiple choice: a list of codes
    ['multiple choice: equals is true when the code is among those selected', term('equals', 2), { q: [1, 2] }, true],
    ['multiple choice: equals is false when the code is not selected', term('equals', 3), { q: [1, 2] }, false],
    ['multiple choice: not_equals is true when the code is not selected', term('not_equals', 3), { q: [1, 2] }, true],
    ['multiple choice: not_equals is false when the code is selected', term('not_equals', 2), { q: [1, 2] }, false],
    ['multiple choice: not_equals is false for an empty selection', term('not_equals', 2), { q: [] }, false],
    ['multiple choice: in is true when any listed code is selected', term('in', [3, 2]), { q: [1, 2] }, true],
    ['multiple choice: in is false when no listed code is selected', term('in', [3, 4]), { q: [1, 2] }, false],
    ['multiple choice: greater is never true', term('greater', 0), { q: [1, 2] }, false],
    ['multiple choice: less is never true', term('less', 9), { q: [1, 2] }, false],
    ['multiple choice: answered is false for an empty selection', term('answered'), { q: [] }, false],
    ['multiple choice: not_answered is true for an empty selection', term('not_answered'), { q: [] }, true],
    // Likert: ordered points, "don't know" outside the order
    ['likert: greater is true above the value', term('greater', 3, 'scale'), { scale: 4 }, true],
    ['likert: greater is false at the value', term('greater', 3, 'scale'), { scale: 3 }, false],
    ['likert: less is true below the value', term('less', 3, 'scale'), { scale: 2 }, true],
    ['likert: greater is false for "don\'t know"', term('greater', 3, 'scale'), { scale: 9 }, false],
    ['likert: less is false for "don\'t know"', term('less', 10, 'scale'), { scale: 9 }, false],
    ['likert: equals can pick out "don\'t know"', term('equals', 9, 'scale'), { scale: 9 }, true],
    // numbers
    ['number: greater compares decimals', term('greater', 2.5), { q: 3 }, true],
    ['number: less is false at the value', term('less', 2.5), { q: 2.5 }, false],
    ['number: zero is an answer', term('equals', 0), { q: 0 }, true],
    ['number: NaN counts as unanswered', term('not_answered'), { q: Number.NaN }, true],
    ['number: greater against a string value is false', term('greater', '2'), { q: 3 }, false],
    // strings: text, municipality, date
    ['text: answered is false for blank text', term('answered'), { q: '   ' }, false],
    ['text: answered is true for text', term('answered'), { q: 'Hei' }, true],
    ['municipality: equals compares the 4-digit string', term('equals', '0301'), { q: '0301' }, true],
    ['municipality: equals does not match a number', term('equals', 301), { q: '0301' }, false],
    ['municipality: in finds the code in a list', term('in', ['5001', '0301']), { q: '0301' }, true],
    ['date: greater compares calendar dates', term('greater', '2024-01-31'), { q: '2024-02-01' }, true],
    ['date: less is false for a later date', term('less', '2024-01-31'), { q: '2024-02-01' }, false],
  ];

  it.each(cases)('%s', (_name, condition, answers, expected) => {
    expect(evaluateCondition(condition, answers, context)).toBe(expected);
  });
});

describe('evaluateCondition on groups', () => {
  const one = { variable: 'a', op: 'equals', value: 1 } as const;
  const two = { variable: 'b', op: 'equals', value: 2 } as const;

  it('is true without a condition', () => {
    expect(evaluateCondition(undefined, {})).toBe(true);
  });

  it('needs every term of "all"', () => {
    expect(evaluateCondition({ all: [one, two] }, { a: 1, b: 2 })).toBe(true);
    expect(evaluateCondition({ all: [one, two] }, { a: 1, b: 3 })).toBe(false);
  });

  it('needs one term of "any"', () => {
    expect(evaluateCondition({ any: [one, two] }, { a: 0, b: 2 })).toBe(true);
    expect(evaluateCondition({ any: [one, two] }, { a: 0, b: 3 })).toBe(false);
  });

  it('evaluates groups nested in groups', () => {
    const condition: Condition = { all: [{ variable: 'c', op: 'answered' }, { any: [one, { all: [two, { variable: 'a', op: 'not_answered' }] }] }] };
    expect(evaluateCondition(condition, { c: 'x', b: 2 })).toBe(true);
    expect(evaluateCondition(condition, { c: 'x', a: 3, b: 2 })).toBe(false);
    expect(evaluateCondition(condition, { c: 'x', a: 1 })).toBe(true);
    expect(evaluateCondition(condition, { a: 1 })).toBe(false);
  });

  it('treats an empty "all" as true and an empty "any" as false', () => {
    expect(evaluateCondition({ all: [] }, {})).toBe(true);
    expect(evaluateCondition({ any: [] }, {})).toBe(false);
  });

  it('orders "don\'t know" like any other code when it is not told which code that is', () => {
    expect(evaluateCondition(term('greater', 3, 'scale'), { scale: 9 })).toBe(true);
  });
});
