// Words of the sharing screens and of the journey's parts of a summary, in one place.
import { formatNumber, plural } from '$lib/domain/locale';

export const text = {
	hub: {
		title: 'Share with my worker',
		lead: 'Make a read-only summary of the parts of my journal I choose, and send it as a link. Only what I pick is in it.',
		summaryLead:
			'Pick any parts of my plan and journey, check exactly what will be seen, then send the link.',
		share: 'Share a summary',
		review: 'Prepare for my review',
		reviewLead:
			'Starts from my last review: what changed in my plan, how my goals and check-ins went, and what I want to talk about.',
		honestTitle: 'Before I share',
		honest: [
			'Anyone who has the link can open the summary until it expires, so send it only to the person it is for. A PIN, told to them separately, adds a second lock.',
			'The summary is encrypted on this phone before it goes anywhere, and it does not change if I edit my journal afterwards. What someone has already seen or printed stays with them.',
			'A short link keeps the sealed summary with Waymark’s sharing service, which cannot read it. I can see when it is opened and stop it at any time. The service can see that a summary exists, its size, and when and from which network address it is opened.',
			'A long link holds the summary itself, so nothing is stored anywhere. It works without the sharing service, but it cannot be stopped or counted, and its expiry is checked only by the page that opens it.'
		],
		sharedTitle: 'What I have shared',
		noneShared: 'Nothing shared yet.',
		sharedItem: (kind: 'summary' | 'review') =>
			kind === 'review' ? 'Review preparation' : 'Summary',
		sharedOn: (day: string) => `Shared ${day}`,
		worksUntil: (day: string) => `Works until ${day}`,
		expiredOn: (day: string) => `Expired ${day}`,
		withPin: 'With a PIN',
		forget: 'Remove from this list',
		shortLink: 'Short link',
		longLink: 'Long link',
		notOpened: 'Not opened yet',
		opened: (n: number, last: string) =>
			plural(n, { one: `Opened once, on ${last}`, other: `Opened ${n} times, last on ${last}` }),
		opensLeft: (n: number) => plural(n, { one: '1 opening left', other: `${n} openings left` }),
		ended: {
			revoked: 'Stopped: it no longer opens',
			used_up: 'Used up: opened as many times as I allowed',
			locked: 'Locked after five wrong PINs',
			expired: 'Expired: it no longer opens'
		},
		checking: 'Checking with the sharing service…',
		statusFailed: 'Couldn’t check with the sharing service just now.',
		forgotten: 'The sharing service no longer has this link: it ended a while ago.',
		checkAgain: 'Check again',
		stop: 'Stop sharing now',
		stopTitle: 'Stop sharing this summary?',
		stopBody:
			'The link stops working at once, for everyone who has it. What someone has already seen or printed stays with them.',
		stopConfirm: 'Stop sharing',
		stopped: 'Stopped. The link no longer opens.',
		stopFailed:
			'It couldn’t be stopped just now, so the link still works. Check the connection and try again.',
		showAgain: 'Show the link and QR code',
		hideAgain: 'Hide the link and QR code',
		forgetLive: 'Stop sharing it first: once it is gone from this list, it can’t be stopped.',
		forgetDone: 'Removed from the list.',
		forgetFailed: 'It couldn’t be removed from the list. Nothing was changed; try again.',
		loadFailed: 'My shared summaries couldn’t be listed. Nothing was changed.'
	},
	flow: {
		back: 'Share with my worker',
		summaryTitle: 'Share a summary',
		reviewTitle: 'Prepare for my review',
		steps: ['Choose', 'Check', 'Share'],
		stepOf: (n: number, of: number, name: string) => `Step ${n} of ${of}: ${name}`,
		chooseLead: 'Tick what to include. Only what I have written is shown.',
		reviewLead: (day: string | null) =>
			day
				? `My last review was on ${day}. Here is what has happened since, ready to share. Untick anything I’d rather keep to myself.`
				: 'I haven’t recorded a review yet, so this covers the last three months. Untick anything I’d rather keep to myself.',
		groups: {
			plan: 'My plan',
			wrap: 'Staying well (my WRAP)',
			journey: 'My journey',
			review: 'Since my last review'
		},
		nothingWritten: 'nothing written yet',
		period: 'Goals, check-ins and agreements from',
		periods: {
			review: (day: string) => `My last review (${day})`,
			'2w': 'The last 2 weeks',
			'1m': 'The last month',
			'3m': 'The last 3 months',
			'6m': 'The last 6 months',
			'1y': 'The last year'
		},
		talkAbout: 'Things I want to talk about',
		talkAboutHint: 'Optional. In my own words: what I’d like to raise, ask or change.',
		preview: 'Preview',
		needOne: 'Tick at least one part to share, or write something I want to talk about.',
		loading: 'Gathering what I have written…',
		loadFailed: 'My journal couldn’t be read to make a summary. Nothing was changed.',
		checkTitle: 'Check what my worker will see',
		checkLead:
			'This is exactly what will open from the link, nothing more. Go back to change what is in it.',
		previewLabel: 'Preview of the summary',
		backToChoose: 'Change what is in it',
		relayChecking: 'Checking for Waymark’s sharing service…',
		kindLegend: 'What kind of link',
		kinds: {
			short: {
				label: 'A short link and QR code that I can stop',
				hint: 'Recommended. The sealed summary waits with Waymark’s sharing service, which can’t read it. I can see when it is opened, and stop it at any time.'
			},
			long: {
				label: 'A long link that holds the summary itself',
				hint: 'Works without the sharing service. It can’t be stopped or counted once sent, and a full plan is too long for a QR code.'
			}
		},
		noRelay:
			'Waymark’s sharing service isn’t answering here, so this will be a long link that holds the summary itself. It works until it expires and can’t be stopped once sent, and a full plan is too long for a QR code.',
		recheck: 'Check again',
		viewLimit: 'How many times it can be opened',
		viewLimitChoice: (n: number | null) =>
			n === null
				? 'As often as needed until it expires'
				: plural(n, { one: 'Once', other: `${n} times` }),
		viewLimitHint:
			'Each press of “Open the summary” counts once. A link that has been used up stops working.',
		expiry: 'The link works for',
		expiryDays: (n: number) => plural(n, { one: '1 day', other: `${n} days` }),
		pinLegend: 'A PIN (optional)',
		pinHint:
			'Tell it to my worker in person or by phone, never in the same message as the link. 6 to 12 letters or numbers; capitals don’t matter. Longer is safer: it slows down anyone who gets the link without the PIN.',
		pinHintShort:
			'Tell it to my worker in person or by phone, never in the same message as the link. 6 to 12 letters or numbers; capitals don’t matter. Five wrong tries lock the link for good.',
		pinLabel: 'PIN',
		suggestPin: 'Suggest a PIN',
		pinTooShort: 'A PIN needs 6 to 12 letters or numbers, or leave it empty.',
		create: 'Make the link',
		creating: 'Making the link…',
		createFailed: 'The link couldn’t be made. Nothing was shared; try again.',
		relayFailed: (why: string) =>
			`${why} Nothing was shared. Try again, or choose a long link, which doesn’t need the sharing service.`,
		logFailed:
			'The link works, but it couldn’t be added to my list of what I have shared. Nothing else was changed.',
		logFailedShort: (until: string) =>
			`The link works, but it couldn’t be added to my list of what I have shared, so it can’t be stopped from there. It stops by itself on ${until}.`,
		notKept:
			'The link couldn’t be added to my list of what I have shared, so it was stopped again at once: a link I couldn’t stop would be left running.',
		shareTitle: 'Share the link',
		readyLead: (until: string) =>
			`The link is ready. It works until ${until} for anyone who has it. Send it only to my worker.`,
		readyShort: (until: string, limit: number | null) =>
			`The short link is ready. It works until ${until}${limit === null ? '' : plural(limit, { one: ', for one opening', other: `, for ${limit} openings` })}, for anyone who has it. Send it only to my worker. I can see when it is opened, and stop it at any time, under “What I have shared”.`,
		pinReminder: (pin: string) => `Remember to tell them the PIN separately: ${pin}`,
		linkLabel: 'The link',
		shareSheet: 'Share…',
		copy: 'Copy link',
		copied: 'Link copied.',
		copyFailed: 'The link couldn’t be copied here. Select it and copy it by hand.',
		email: 'Email it',
		emailSubject: 'My recovery summary',
		emailBody: (url: string) =>
			`Here is a read-only summary from my recovery journal, for my review:\n\n${url}\n\nIt opens in any browser and works for a limited time.`,
		qrTitle: 'Or let them scan it',
		qrLead: 'In a session, my worker can scan this with their phone’s camera to open the link.',
		qrLabel: 'QR code of the link, for my worker to scan with their phone',
		qrTooLong:
			'This summary is too long for a QR code. Share the link another way, or choose fewer parts.',
		length: (n: number) =>
			plural(n, {
				one: `${formatNumber(n)} character long.`,
				other: `${formatNumber(n)} characters long.`
			}),
		longWarning:
			'This is a long link. Some email and messaging apps cut long links short; if it does not open, send fewer parts.',
		done: 'Done'
	},
	sections: {
		support: 'My support',
		goals: 'My goals',
		checkins: 'How my check-ins went',
		agreements: 'What we agreed at sessions',
		unmetNeeds: 'Needs not met at the moment',
		talkAbout: 'Things I want to talk about',
		planChanges: 'What changed in my plan',
		journal: 'From my journal'
	},
	journal: {
		choice: 'My journal entries',
		written: (day: string) => `Written ${day}`,
		legend: 'Which entries to include',
		lead: 'Only the entries I tick go in. None are ticked to start with.',
		find: 'Find an entry',
		findHint: 'By words in its title or what I wrote.',
		ticked: (n: number) =>
			n === 0
				? 'No entries ticked yet.'
				: plural(n, { one: '1 entry ticked.', other: `${formatNumber(n)} entries ticked.` }),
		matching: (n: number) =>
			n === 0
				? 'No entries have those words.'
				: plural(n, {
						one: '1 entry has those words.',
						other: `${formatNumber(n)} entries have those words.`
					}),
		shownOf: (shown: number, all: number) =>
			`Showing ${formatNumber(shown)} of ${formatNumber(all)} entries.`,
		showMore: (n: number) => `Show ${formatNumber(n)} more`,
		full: (n: number) =>
			`That’s as many as one summary can hold (${formatNumber(n)}). Untick one to choose another.`,
		tooLong: (n: number) =>
			`Too long to share whole: the first ${formatNumber(n)} characters go in.`
	},
	goal: {
		status: {
			working: 'Working on it',
			achieved: 'Achieved',
			paused: 'Paused',
			'let-go': 'Let go'
		},
		progress: (now: number, furthest: number) =>
			now === furthest ? `progress ${now} of 10` : `progress ${now} of 10 (furthest ${furthest})`,
		noProgress: 'no progress logged yet',
		steps: (done: number, of: number) => `${done} of ${of} steps done`,
		target: (day: string) => `aiming for ${day}`,
		why: 'Why it matters to me',
		stepsLabel: 'Steps',
		stepDone: (step: string) => `${step} (done)`,
		table: (title: string) => `Progress on “${title}” in this period`,
		columns: ['Day', 'Progress (0–10)', 'Note'],
		nothingInPeriod: 'No progress or setbacks logged in this period.',
		setback: 'Setback on',
		happened: 'What happened',
		helped: 'What helped',
		gotInWay: 'What got in the way',
		learnt: 'What I learnt'
	},
	checkins: {
		count: (n: number, from: string, to: string) =>
			plural(n, {
				one: `1 check-in from ${from} to ${to}.`,
				other: `${n} check-ins from ${from} to ${to}.`
			}),
		none: 'No check-ins in this period.',
		tableByWeek: 'Average of each scale, week by week (1 low, 5 good)',
		tableByMonth: 'Average of each scale, month by month (1 low, 5 good)',
		weekOf: 'Week of',
		month: 'Month',
		signs: 'Signs I ticked',
		sign: (sign: string, times: number, stage: string) =>
			plural(times, {
				one: `${sign}: once (${stage})`,
				other: `${sign}: ${times} times (${stage})`
			})
	},
	agreements: {
		session: 'Session',
		on: (day: string, who: string) => (who ? `${day}, with ${who}` : day),
		agreed: 'What we agreed',
		none: 'No agreements noted in this period.'
	},
	planChanges: {
		lead: (day: string) => `Parts of my plan I have changed since ${day}:`,
		none: (day: string) => `I haven’t changed my plan since ${day}.`,
		changed: (title: string, day: string) => `${title}: last changed ${day}`,
		added: 'Added',
		removed: 'Taken out',
		rewritten: 'Rewritten',
		newSection: 'Written for the first time'
	}
} as const;
