// The trend's time axis, as pure date arithmetic on the server's week strings (`YYYY-MM-DD`, a Monday): every
// week from the first shown to the last, so a week left out for having too few learners is a gap in the line
// rather than two weeks drawn side by side.

const DAY_MS = 24 * 60 * 60 * 1000;

const dayNumber = (week: string) => {
  const [year, month, day] = week.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!) / DAY_MS;
};
const weekString = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** Every week from the earliest to the latest of `weeks` (in any order, repeats allowed), a week apart. */
export function weekAxis(weeks: Iterable<string>): string[] {
  const days = [...new Set(weeks)].map(dayNumber).filter(Number.isFinite);
  if (days.length === 0) return [];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const axis: string[] = [];
  for (let day = first; day <= last; day += 7) axis.push(weekString(day));
  return axis;
}

/** One principle's means on the axis: null for a week it has no figure for. */
export function seriesOn<T extends { week: string; mean: number }>(
  axis: readonly string[],
  weeks: readonly T[],
): (T | null)[] {
  const byWeek = new Map(weeks.map((week) => [week.week, week]));
  return axis.map((week) => byWeek.get(week) ?? null);
}
