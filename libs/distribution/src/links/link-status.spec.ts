import { linkStatus, type LinkSchedule } from './link-status';

const link = (changes: Partial<LinkSchedule> = {}): LinkSchedule => ({
  opensAt: new Date('2026-03-01T00:00:00Z'),
  closesAt: new Date('2026-04-01T00:00:00Z'),
  paused: false,
  responseCap: null,
  ...changes,
});
const during = new Date('2026-03-15T12:00:00Z');

describe('linkStatus', () => {
  it('is open between the opening and the closing time', () => {
    expect(linkStatus(link(), during)).toBe('open');
    expect(linkStatus(link(), new Date('2026-03-01T00:00:00Z'))).toBe('open');
  });

  it('is closed from the closing time on, even when paused or full', () => {
    expect(linkStatus(link({ paused: true, responseCap: 1 }), new Date('2026-04-01T00:00:00Z'), 5)).toBe('closed');
  });

  it('has not opened before the opening time', () => {
    expect(linkStatus(link({ paused: true }), new Date('2026-02-28T23:59:59Z'))).toBe('not_open_yet');
  });

  it('is paused while paused', () => {
    expect(linkStatus(link({ paused: true }), during)).toBe('paused');
  });

  it('is full when the count reaches the cap, and only when the count is known', () => {
    expect(linkStatus(link({ responseCap: 10 }), during, 10)).toBe('full');
    expect(linkStatus(link({ responseCap: 10 }), during, 9)).toBe('open');
    expect(linkStatus(link({ responseCap: 10 }), during)).toBe('open');
  });
});
