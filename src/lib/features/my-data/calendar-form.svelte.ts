import { weekdays, type Weekday } from '$lib/domain/formats/ics';
import { defaultReviewSettings } from '$lib/domain/journey/review';
import type { CalendarSources } from './calendar-sources';
import type { ReminderRequest } from './make-reminder';
import { reminderProblems } from './reminder-problems';
import {
	dayAlarms,
	timedAlarms,
	type AlarmOption,
	type ReminderKind,
	type SessionLength
} from './reminder-options';

// What the person has chosen on the calendar card, kept for every kind at once, so switching
// from one kind to another and back loses nothing. A day the journal knows (the next session,
// the next review, the soonest goal) is offered until the person picks another.

export class CalendarForm {
	kind = $state<ReminderKind>('checkin');
	titles = $state<Record<ReminderKind, string>>({ checkin: '', session: '', review: '', goal: '' });
	days = $state<Weekday[]>([...weekdays]);
	checkinTime = $state('');
	from = $state('');
	checkinAlarm = $state<AlarmOption>('start');
	sessionTime = $state('');
	sessionMinutes = $state<SessionLength>(60);
	reviewAlarm = $state<AlarmOption>('evening');
	/** Set once the person has pressed the button: problems show from then, and as they mend. */
	tried = $state(false);
	#sessionDay = $state<string | null>(null);
	#sessionAlarm = $state<AlarmOption | null>(null);
	#reviewDay = $state<string | null>(null);
	#goalId = $state<string | null>(null);

	constructor(
		readonly sources: () => CalendarSources | undefined,
		readonly today: string
	) {
		this.from = today;
	}

	get sessionDay() {
		return this.#sessionDay ?? this.sources()?.nextSession ?? '';
	}
	set sessionDay(day: string) {
		this.#sessionDay = day;
	}

	/** What a session's alarm can be: before a time, or around a whole day. */
	get sessionAlarms() {
		return this.sessionTime ? timedAlarms : dayAlarms;
	}
	/** The person's choice while the session's kind of day offers it, else its default. */
	get sessionAlarm(): AlarmOption {
		const chosen = this.#sessionAlarm;
		if (chosen && this.sessionAlarms.includes(chosen)) return chosen;
		return this.sessionTime ? '60' : 'evening';
	}
	set sessionAlarm(option: AlarmOption) {
		this.#sessionAlarm = option;
	}

	get reviewDay() {
		return this.#reviewDay ?? this.sources()?.review.day ?? '';
	}
	set reviewDay(day: string) {
		this.#reviewDay = day;
	}

	/** The chosen goal while it is still offered, else the soonest. */
	get goalId() {
		const goals = this.sources()?.goals ?? [];
		return (goals.find((g) => g.id === this.#goalId) ?? goals[0])?.id ?? '';
	}
	set goalId(id: string) {
		this.#goalId = id;
	}

	readonly request: ReminderRequest = $derived.by(() => {
		const title = this.titles[this.kind];
		switch (this.kind) {
			case 'checkin':
				return {
					kind: 'checkin',
					title,
					days: this.days,
					time: this.checkinTime,
					from: this.from,
					alarm: this.checkinAlarm
				};
			case 'session':
				return {
					kind: 'session',
					title,
					day: this.sessionDay,
					time: this.sessionTime,
					minutes: this.sessionMinutes,
					alarm: this.sessionAlarm
				};
			case 'review':
				return {
					kind: 'review',
					title,
					day: this.reviewDay,
					months: this.sources()?.review.months ?? defaultReviewSettings.reviewMonths,
					alarm: this.reviewAlarm
				};
			case 'goal': {
				const goal = this.sources()?.goals.find((g) => g.id === this.goalId);
				return { kind: 'goal', title, day: goal?.day ?? '' };
			}
		}
	});

	readonly problems = $derived.by(() => reminderProblems(this.request, this.today));
	/** The problems to show: none until the button was pressed. */
	readonly shown = $derived(this.tried ? this.problems : {});
}
