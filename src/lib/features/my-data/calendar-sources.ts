import { dayOf } from '$lib/domain/journey/days';
import { goalKind, type Goal } from '$lib/domain/journey/goal';
import { reviewDue, type ReviewSettings } from '$lib/domain/journey/review';
import { nextSessionDay, sessionNoteKind } from '$lib/domain/journey/session-note';
import type { Saved } from '$lib/domain/record-kind';
import { reviewReminderDay } from '$lib/domain/reminders/review-reminder';
import { loadReviews } from '$lib/features/records/review-store';
import type { Reader } from '$lib/vault/repository';

// The days the journal already knows, so the calendar card can offer them: the next session,
// the next review and its rhythm, and the goals with a target date still to come. Only days and
// the goals' names (to choose one on screen) are read out; none of it goes in a file unchosen.

export interface GoalDay {
	id: string;
	/** Shown to choose the goal by; never written to the calendar. */
	title: string;
	day: string;
}

export interface CalendarSources {
	/** The next session my notes agreed on, today or later. */
	nextSession: string | null;
	review: {
		/** The first day the review reminders start on. */
		day: string;
		/** The rhythm of my reviews, in months. */
		months: ReviewSettings['reviewMonths'];
		/** Whether the day comes from reviews I noted, or is counted from today before any. */
		fromReviews: boolean;
	};
	goals: GoalDay[];
}

/** Goals still wanted (working on, or paused) whose target day is today or later, soonest first. */
export function goalDays(goals: Saved<Goal>[], today: string): GoalDay[] {
	return goals
		.filter(
			({ data }) =>
				data.targetDate >= today && (data.status === 'working' || data.status === 'paused')
		)
		.map(({ id, data }) => ({ id, title: data.title.trim(), day: data.targetDate }))
		.toSorted((a, b) => a.day.localeCompare(b.day) || a.title.localeCompare(b.title));
}

export async function loadCalendarSources(
	records: Reader,
	today = dayOf(new Date())
): Promise<CalendarSources> {
	// The goals alone, not their journeys (loadGoals): only their days and names are needed.
	const [sessions, { reviews, settings }, goals] = await Promise.all([
		records.list(sessionNoteKind),
		loadReviews(records),
		records.list(goalKind)
	]);
	const due = reviewDue(
		reviews.map((r) => r.data),
		settings,
		today
	);
	return {
		nextSession: nextSessionDay(sessions, today),
		review: {
			day: reviewReminderDay(due, settings, today),
			months: settings.reviewMonths,
			fromReviews: due.next !== null
		},
		goals: goalDays(goals, today)
	};
}
