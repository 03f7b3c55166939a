import type { Checkin } from './checkin';
import { addDays, addMonths, dayOf } from './days';

// Check-in scales over time, as charts and their text alternatives need them: each scale's
// answers averaged per day (several check-ins a day are allowed), over a chosen period, and
// summed up in words and in a table by day or by month.

export const chartRanges = ['week', 'month', 'year', 'all'] as const;
export type ChartRange = (typeof chartRanges)[number];

export interface DayPoint {
	/** The calendar day, YYYY-MM-DD, in the person's time zone. */
	day: string;
	value: number;
	/** How many check-ins answered on the day (a daily point only). */
	answers?: number;
}

export interface ScaleSeries {
	id: string;
	points: DayPoint[];
}

/** The first day shown for a range ending today; null for all time. */
export function rangeStart(range: ChartRange, today: string): string | null {
	if (range === 'all') return null;
	if (range === 'week') return addDays(today, -6);
	return addDays(addMonths(today, range === 'month' ? -1 : -12), 1);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Each scale's daily average from `from` (a day, or null for all) on, oldest first. */
export function dailySeries(
	checkins: Checkin[],
	scaleIds: string[],
	from: string | null
): ScaleSeries[] {
	const sums = new Map<string, Map<string, { total: number; count: number }>>(
		scaleIds.map((id) => [id, new Map()])
	);
	for (const checkin of checkins) {
		const day = dayOf(new Date(checkin.at));
		if (from !== null && day < from) continue;
		for (const [id, score] of Object.entries(checkin.scores)) {
			const days = sums.get(id);
			if (!days) continue;
			const sum = days.get(day) ?? { total: 0, count: 0 };
			sum.total += score;
			sum.count++;
			days.set(day, sum);
		}
	}
	return scaleIds.map((id) => ({
		id,
		points: [...sums.get(id)!.entries()]
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([day, { total, count }]) => ({ day, value: round1(total / count), answers: count }))
	}));
}

function averagedBy(points: DayPoint[], key: (day: string) => string): DayPoint[] {
	const groups = new Map<string, { total: number; count: number }>();
	for (const { day, value } of points) {
		const group = groups.get(key(day)) ?? { total: 0, count: 0 };
		group.total += value;
		group.count++;
		groups.set(key(day), group);
	}
	return [...groups].map(([day, { total, count }]) => ({ day, value: round1(total / count) }));
}

/** Averages of daily points by month (YYYY-MM), for long periods in a table. */
export function byMonth(points: DayPoint[]): DayPoint[] {
	return averagedBy(points, (day) => day.slice(0, 7));
}

/** The Monday of a day's week (YYYY-MM-DD). */
export function weekOf(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	date.setUTCDate(d - ((date.getUTCDay() + 6) % 7));
	return date.toISOString().slice(0, 10);
}

/** Averages of daily points by week, each named by its Monday: for a few months in a table. */
export function byWeek(points: DayPoint[]): DayPoint[] {
	return averagedBy(points, weekOf);
}

export interface SeriesSummary {
	days: number;
	/** How many check-ins those days' answers came from. */
	answers: number;
	average: number;
	/** The average of the first and the second half of the days answered, to say the trend. */
	firstHalf: number;
	secondHalf: number;
	lowest: DayPoint;
	highest: DayPoint;
}

export function summarise(points: DayPoint[]): SeriesSummary | null {
	if (points.length === 0) return null;
	const mean = (p: DayPoint[]) => round1(p.reduce((sum, x) => sum + x.value, 0) / p.length);
	const half = Math.ceil(points.length / 2);
	let lowest = points[0];
	let highest = points[0];
	for (const point of points) {
		if (point.value < lowest.value) lowest = point;
		if (point.value > highest.value) highest = point;
	}
	return {
		days: points.length,
		answers: points.reduce((sum, p) => sum + (p.answers ?? 1), 0),
		average: mean(points),
		firstHalf: mean(points.slice(0, half)),
		secondHalf: mean(points.length > 1 ? points.slice(half) : points),
		lowest,
		highest
	};
}

/** Check-ins per day, for a calendar: how many, and the average of the first shown scale. */
export function checkinDays(checkins: Checkin[], scaleId: string | null) {
	const days = new Map<string, { count: number; total: number; scored: number }>();
	for (const checkin of checkins) {
		const day = dayOf(new Date(checkin.at));
		const entry = days.get(day) ?? { count: 0, total: 0, scored: 0 };
		entry.count++;
		const score = scaleId === null ? undefined : checkin.scores[scaleId];
		if (score !== undefined) {
			entry.total += score;
			entry.scored++;
		}
		days.set(day, entry);
	}
	return new Map(
		[...days].map(([day, e]) => [
			day,
			{ count: e.count, average: e.scored ? round1(e.total / e.scored) : null }
		])
	);
}
