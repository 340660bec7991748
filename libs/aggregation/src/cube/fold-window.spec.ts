import { advance, fromScratch } from './fold-window';

describe('advance', () => {
  it('moves the watermark to the horizon and keeps only transactions still running as pending', () => {
    expect(advance({ watermark: 100n, pending: [90n, 95n], horizon: 140n, running: [95n, 120n, 130n] })).toEqual({ watermark: 140n, pending: [95n, 120n, 130n] });
  });

  it('forgets a running transaction below the old watermark that was not pending: its rows were counted, or it has none', () => {
    expect(advance({ watermark: 100n, pending: [], horizon: 110n, running: [50n, 105n] })).toEqual({ watermark: 110n, pending: [105n] });
  });

  it('never moves the watermark back', () => {
    expect(advance({ watermark: 100n, pending: [], horizon: 100n, running: [] }).watermark).toBe(100n);
  });

  it('keeps every running transaction pending after a rebuild', () => {
    expect(advance(fromScratch(500n, [420n, 499n]))).toEqual({ watermark: 500n, pending: [420n, 499n] });
  });
});
