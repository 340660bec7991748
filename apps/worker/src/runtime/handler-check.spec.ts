import { checkJobHandlers } from './handler-check';

describe('checkJobHandlers', () => {
  it('accepts one handler per job', () => {
    expect(checkJobHandlers(['a', 'b'], ['b', 'a'])).toEqual([]);
  });

  it('names a job without a handler', () => {
    expect(checkJobHandlers(['a', 'b'], ['a'])).toEqual(['job "b" has no handler']);
  });

  it('names a job with two handlers', () => {
    expect(checkJobHandlers(['a'], ['a', 'a'])).toEqual(['job "a" has 2 handlers']);
  });

  it('names a handler for a job that is not in the catalogue', () => {
    expect(checkJobHandlers(['a'], ['a', 'z'])).toEqual(['handler for "z", which is not in the job catalogue']);
  });
});
