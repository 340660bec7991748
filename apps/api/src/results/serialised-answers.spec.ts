import { SerialisedAnswers } from './serialised-answers';

describe('SerialisedAnswers', () => {
  it('writes an answer once per table and variant, and serves those very bytes again', () => {
    const answers = new SerialisedAnswers<object>();
    const table = {};
    let written = 0;
    const answer = () => ({ written: ++written, percent: 12.5 });

    const first = answers.get(table, 'all', answer);
    const again = answers.get(table, 'all', answer);
    const filtered = answers.get(table, 'county 03', answer);

    expect(again).toBe(first);
    expect(JSON.parse(first.json.toString('utf8'))).toEqual({ written: 1, percent: 12.5 });
    expect(JSON.parse(filtered.json.toString('utf8'))).toEqual({ written: 2, percent: 12.5 });
    expect(filtered.etag).not.toBe(first.etag);
  });

  it('writes anew for a table computed again (after a fold), never serving the older table’s answer', () => {
    const answers = new SerialisedAnswers<{ generation: number }>();
    const before = answers.get({ generation: 1 }, 'all', () => ({ responsesCounted: 1500 }));
    const after = answers.get({ generation: 2 }, 'all', () => ({ responsesCounted: 1520 }));

    expect(JSON.parse(after.json.toString('utf8'))).toEqual({ responsesCounted: 1520 });
    expect(after.etag).not.toBe(before.etag);
  });

  it('keeps a bounded number of variants per table, letting the oldest go', () => {
    const answers = new SerialisedAnswers<object>(2);
    const table = {};
    let written = 0;
    const answer = () => ({ written: ++written });
    answers.get(table, 'a', answer);
    answers.get(table, 'b', answer);
    answers.get(table, 'c', answer);

    expect(JSON.parse(answers.get(table, 'c', answer).json.toString('utf8'))).toEqual({ written: 3 });
    expect(JSON.parse(answers.get(table, 'a', answer).json.toString('utf8'))).toEqual({ written: 4 });
  });
});
