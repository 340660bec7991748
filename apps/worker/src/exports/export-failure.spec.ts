import { NotFoundError, UnprocessableError } from '@stemme/platform';
import { ExportTimeLimitError, failureOutcome } from './export-failure';

describe('failureOutcome', () => {
  it('fails at once, with the rule’s message, when a rule of the domain is broken or time ran out', () => {
    expect(failureOutcome(new UnprocessableError('The study has no published questionnaire yet'), 0, 3)).toEqual({ permanent: true, message: 'The study has no published questionnaire yet' });
    expect(failureOutcome(new ExportTimeLimitError('took too long'), 0, 3).permanent).toBe(true);
  });

  it('tries again after anything else until the last attempt, never showing its internal message', () => {
    const lost = new Error('Connection terminated unexpectedly at /srv/data/exports/x.part');
    expect(failureOutcome(lost, 0, 3)).toEqual({ permanent: false, message: 'The export failed unexpectedly (the worker log has the details)' });
    expect(failureOutcome(lost, 2, 3).permanent).toBe(true);
    expect(failureOutcome(new NotFoundError('No study has the id x'), 1, 3)).toEqual({ permanent: false, message: 'No study has the id x' });
  });
});
