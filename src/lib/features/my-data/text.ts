// Words on the My data screen. The files' own words are in export/text.ts; the import's in
// import-text.ts; the calendar's in calendar-text.ts.
import { formatNumber, plural } from '$lib/domain/locale';

export type ExportFormat = 'markdown' | 'print' | 'checkins-csv' | 'goals-csv' | 'voice-zip';

export const text = {
	title: 'My data',
	lead: 'My journal belongs to me. Here I can take it out in files I can read, print or keep in other apps, bring in check-ins from another mood app, and put reminders on my own calendar. All of it happens on this phone: nothing is sent anywhere.',
	export: {
		heading: 'Export to read and keep',
		about:
			'A backup (in Settings) is sealed and only opens in Waymark. These files are for reading, printing or moving elsewhere.',
		format: 'What I want',
		formats: {
			markdown: {
				label: 'A document to read (Markdown)',
				hint: 'One text file with the parts I choose. Opens in any notes or text app.'
			},
			print: {
				label: 'A document to print',
				hint: 'The same, laid out for paper or a PDF.'
			},
			'checkins-csv': {
				label: 'My check-ins as a spreadsheet (CSV)',
				hint: 'One row for each check-in, one column for each scale.'
			},
			'goals-csv': {
				label: 'My goals and progress as a spreadsheet (CSV)',
				hint: 'Each goal, then each update and setback.'
			},
			'voice-zip': {
				label: 'My voice notes as audio files',
				hint: 'One zip file holding each recording, named by its date and title.'
			}
		} satisfies Record<ExportFormat, { label: string; hint: string }>,
		parts: 'Which parts',
		noParts: 'Choose at least one part to put in the document.',
		make: 'Make the file…',
		openPrint: 'Open the printable document…',
		warningTitle: 'This file will not be encrypted',
		warning:
			'Everything in it can be read by anyone who opens it, or by any app or service it is saved to. Inside Waymark my journal is locked; this copy is not.',
		whereShare:
			'It goes to my phone’s share sheet, where I choose where to keep it or which app to open it in.',
		whereDownload:
			'It is saved by my browser, usually in my Downloads folder. I can delete it once I no longer need it.',
		wherePrint:
			'The printable document opens on this screen. A printed page, or a PDF saved from it, is not encrypted either.',
		confirm: 'Make the unencrypted file',
		confirmPrint: 'Open it',
		working: 'Making the file…',
		done: (name: string, bytes: number) => `Made “${name}” (${size(bytes)}).`,
		shared: (name: string) => `Handed “${name}” to the share sheet.`,
		cancelled: 'Nothing was saved: the share sheet was closed.',
		closedFirst: 'Nothing was saved: I closed the question before the file was ready.',
		failed: 'The file could not be made. Nothing in my journal was changed.',
		unread: (n: number) =>
			plural(n, {
				one: 'One part of my check-ins could not be read, so it is not in the file. Check my journal, in Settings, can look into it.',
				other: `${formatNumber(n)} parts of my check-ins could not be read, so they are not in the file. Check my journal, in Settings, can look into it.`
			}),
		nothing: {
			'checkins-csv': 'There are no check-ins to put in a spreadsheet yet.',
			'goals-csv': 'There are no goals to put in a spreadsheet yet.',
			'voice-zip': 'There are no voice notes yet.'
		},
		missingAudio: (n: number) =>
			plural(n, {
				one: 'One recording could not be opened, so the zip lists it without its audio.',
				other: `${formatNumber(n)} recordings could not be opened, so the zip lists them without their audio.`
			})
	},
	print: {
		title: 'My journal, to print',
		back: 'Back to My data',
		warning:
			'A printed page, or a PDF saved from it, is not encrypted: anyone holding it can read it.',
		loading: 'Getting the document ready…',
		print: 'Print or save as PDF',
		documentLabel: 'The document to print',
		failed: 'The document could not be made. Nothing in my journal was changed.'
	}
} as const;

function size(bytes: number): string {
	if (bytes < 1024) return plural(bytes, { one: '1 byte', other: `${formatNumber(bytes)} bytes` });
	if (bytes < 1024 * 1024) return `${formatNumber(Math.ceil(bytes / 1024))} KB`;
	return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
