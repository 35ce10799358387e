import { defaultPeriod, firstDay, lastDay, monthLabel, monthsBetween, periodProblem, selectableMonths } from './period';

describe('the statistics period', () => {
  it('defaults to the current fiscal year, April up to this month', () => {
    expect(defaultPeriod(new Date(2026, 10, 30))).toEqual({ from: '2026-04', to: '2026-11' });
    expect(defaultPeriod(new Date(2026, 3, 1))).toEqual({ from: '2026-04', to: '2026-04' });
    expect(defaultPeriod(new Date(2027, 2, 31))).toEqual({ from: '2026-04', to: '2027-03' });
    expect(defaultPeriod(new Date(2027, 0, 15))).toEqual({ from: '2026-04', to: '2027-01' });
  });

  it('sends the first day of the first month and the last day of the last', () => {
    expect(firstDay('2026-04')).toBe('2026-04-01');
    expect(lastDay('2026-11')).toBe('2026-11-30');
    expect(lastDay('2028-02')).toBe('2028-02-29');
    expect(lastDay('2027-02')).toBe('2027-02-28');
    expect(lastDay('2026-12')).toBe('2026-12-31');
  });

  it('refuses a last month before the first, and more than 5 years', () => {
    expect(monthsBetween('2026-04', '2027-03')).toBe(12);
    expect(periodProblem('2026-04', '2026-04')).toBeNull();
    expect(periodProblem('2026-05', '2026-04')).toBe('toBeforeFrom');
    expect(periodProblem('2021-04', '2026-03')).toBeNull();
    expect(periodProblem('2021-04', '2026-04')).toBe('tooLong');
  });

  it('offers this month back to April six fiscal years before, newest first', () => {
    const months = selectableMonths(new Date(2026, 10, 30));
    expect(months[0]).toBe('2026-11');
    expect(months.at(-1)).toBe('2020-04');
    expect(months).toHaveLength(6 * 12 + 8);
  });

  it('names months in the reader\'s language', () => {
    expect(monthLabel('2026-11', 'en')).toBe('November 2026');
    expect(monthLabel('2026-11', 'fr')).toBe('novembre 2026');
  });
});
