import ICAL from 'ical.js';

// Reading back the calendar files the app writes, as a calendar app would: unfolded by the
// rules of RFC 5545 section 3.1 and parsed by ical.js, which uses the file's own VTIMEZONE.

/** The physical lines of a file, each without its CRLF (the file ends with one). */
export function physicalLines(ics: string): string[] {
	return ics.split('\r\n').slice(0, -1);
}

/** Content lines as they were before folding. */
export function unfoldedLines(ics: string): string[] {
	return physicalLines(ics.replace(/\r\n[ \t]/g, ''));
}

/** A property's value from its unfolded line, unescaped as TEXT. */
export function textValue(ics: string, name: string): string {
	const line = unfoldedLines(ics).find((l) => l.startsWith(`${name}:`));
	if (line === undefined) throw new Error(`No ${name} line`);
	return line
		.slice(name.length + 1)
		.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseCalendar(ics: string): ICAL.Component {
	return new ICAL.Component(ICAL.parse(ics));
}

export function onlyEvent(ics: string): ICAL.Event {
	const events = parseCalendar(ics).getAllSubcomponents('vevent');
	if (events.length !== 1) throw new Error(`${events.length} events`);
	return new ICAL.Event(events[0]);
}

/** The first `count` starts of an event, as moments. */
export function occurrences(event: ICAL.Event, count: number): Date[] {
	const iterator = event.iterator();
	const found: Date[] = [];
	for (let next = iterator.next(); next && found.length < count; next = iterator.next())
		found.push(next.toJSDate());
	return found;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** A moment's wall-clock time in a zone, by Intl: `2027-03-29 21:00`. */
export function wallClock(at: Date, zone: string): string {
	let clock = clocks.get(zone);
	if (!clock) {
		clock = new Intl.DateTimeFormat('en-CA', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit'
		});
		clocks.set(zone, clock);
	}
	const parts = clock.formatToParts(at);
	const part = (type: string) => parts.find((p) => p.type === type)!.value;
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The trigger of the event's only alarm, in minutes from its start. */
export function alarmTrigger(event: ICAL.Event): number {
	const alarms = event.component.getAllSubcomponents('valarm');
	if (alarms.length !== 1) throw new Error(`${alarms.length} alarms`);
	const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration;
	return trigger.toSeconds() / 60;
}
