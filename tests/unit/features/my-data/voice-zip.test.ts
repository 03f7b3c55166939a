import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { VoiceNote } from '$lib/domain/journal/voice-note';
import { audioExtension } from '$lib/features/my-data/export/audio-extension';
import { voiceZip, voiceZipParts, type VoiceAudio } from '$lib/features/my-data/export/voice-zip';
import { readCsv } from '../../domain/formats/strict-csv';

const note = (over: Partial<VoiceNote> & { recordedAt: string }): VoiceNote => ({
	name: '',
	type: 'audio/webm;codecs=opus',
	durationMs: 187_000,
	chunks: 1,
	bytes: 3,
	complete: true,
	links: [],
	...over
});

const bytes = (...values: number[]) => Uint8Array.from(values);

const notes: VoiceAudio[] = [
	{
		note: note({ name: 'My title', recordedAt: '2026-03-04T21:15:00.000Z' }),
		audio: bytes(1, 2, 3)
	},
	{
		note: note({
			name: 'a/b\\c:d*e?"<x>|y. ',
			type: 'audio/mp4',
			recordedAt: '2026-07-04T20:15:00.000Z',
			durationMs: 3_727_000,
			complete: false
		}),
		audio: bytes(4, 5)
	},
	{ note: note({ name: 'CON', recordedAt: '2026-07-05T08:00:00.000Z' }), audio: bytes(6) },
	{ note: note({ name: 'my TITLE', recordedAt: '2026-03-04T21:15:30.000Z' }), audio: bytes(7) },
	{ note: note({ name: '', recordedAt: '2026-08-01T10:00:00.000Z' }), audio: bytes(8) },
	{ note: note({ name: 'Lost', recordedAt: '2026-08-02T10:00:00.000Z' }), audio: null },
	{ note: note({ name: 'مرحبا 👩‍👩‍👧‍👦', recordedAt: '2026-08-03T10:00:00.000Z' }), audio: bytes(9) }
];

const expectedNames = [
	'2026-03-04 21-15 My title.webm',
	'2026-03-04 21-15 my TITLE (2).webm',
	'2026-07-04 21-15 a b c d e x y.m4a',
	'2026-07-05 09-00 CON.webm',
	'2026-08-01 11-00 Voice note.webm',
	'2026-08-03 11-00 مرحبا 👩‍👩‍👧‍👦.webm'
];

const now = new Date('2026-09-01T12:00:00.000Z');

describe('voice notes as a zip', () => {
	it('holds each recording under its day, time and title, made safe, with its own bytes', () => {
		const files = unzipSync(voiceZip(notes, { timeZone: 'Europe/London', now }));
		expect(Object.keys(files).sort()).toEqual([...expectedNames, 'index.csv'].sort());
		expect(files['2026-03-04 21-15 My title.webm']).toEqual(bytes(1, 2, 3));
		expect(files['2026-07-04 21-15 a b c d e x y.m4a']).toEqual(bytes(4, 5));
		expect(files['2026-03-04 21-15 my TITLE (2).webm']).toEqual(bytes(7));
		expect(files['2026-08-03 11-00 مرحبا 👩‍👩‍👧‍👦.webm']).toEqual(bytes(9));
		for (const name of Object.keys(files)) expect(name).not.toMatch(/[/\\:*?"<>|]|[ .]$/);
	});

	it('lists every note in index.csv, with its time, length and what became of it', () => {
		const files = unzipSync(voiceZip(notes, { timeZone: 'Europe/London', now }));
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['index.csv']);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(readCsv(text.slice(1))).toEqual([
			['File', 'Title', 'Recorded', 'Length', 'Note'],
			['2026-03-04 21-15 My title.webm', 'My title', '2026-03-04T21:15:00+00:00', '3:07', ''],
			['2026-03-04 21-15 my TITLE (2).webm', 'my TITLE', '2026-03-04T21:15:30+00:00', '3:07', ''],
			[
				'2026-07-04 21-15 a b c d e x y.m4a',
				'a/b\\c:d*e?"<x>|y. ',
				'2026-07-04T21:15:00+01:00',
				'1:02:07',
				'The recording was cut short when the page closed.'
			],
			['2026-07-05 09-00 CON.webm', 'CON', '2026-07-05T09:00:00+01:00', '3:07', ''],
			['2026-08-01 11-00 Voice note.webm', '', '2026-08-01T11:00:00+01:00', '3:07', ''],
			[
				'',
				'Lost',
				'2026-08-02T11:00:00+01:00',
				'3:07',
				'The audio couldn’t be opened, so it isn’t in this zip.'
			],
			['2026-08-03 11-00 مرحبا 👩‍👩‍👧‍👦.webm', 'مرحبا 👩‍👩‍👧‍👦', '2026-08-03T11:00:00+01:00', '3:07', '']
		]);
	});

	it('stores the audio as it is, without compressing it again', () => {
		const audio = new Uint8Array(50_000).fill(0);
		const zip = voiceZip([{ note: note({ recordedAt: now.toISOString() }), audio }], {
			timeZone: 'UTC',
			now
		});
		// Zeros would shrink to almost nothing if they were deflated.
		expect(zip.length).toBeGreaterThan(audio.length);
	});

	it('names the file for the recording’s media type', () => {
		expect(audioExtension('audio/webm;codecs=opus')).toBe('webm');
		expect(audioExtension('audio/mp4')).toBe('m4a');
		expect(audioExtension('audio/ogg; codecs=opus')).toBe('ogg');
		expect(audioExtension('audio/mpeg')).toBe('mp3');
		expect(audioExtension('audio/x-wav')).toBe('wav');
		expect(audioExtension('audio/x-caf')).toBe('caf');
		expect(audioExtension('audio/some.odd+type')).toBe('audio');
	});

	it('makes the same files a note at a time, opening each recording only when it is written', async () => {
		const opened: string[] = [];
		const long = new Uint8Array(700_000).map((_, n) => n % 251);
		const sources = [
			...notes,
			{ note: note({ name: 'Long', recordedAt: '2026-08-04T10:00:00.000Z' }), audio: long }
		].map(({ note, audio }) => ({
			note,
			audio: async () => {
				opened.push(note.name);
				return audio;
			}
		}));
		const parts = await voiceZipParts(sources, { timeZone: 'Europe/London', now });
		const zip = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
		const files = unzipSync(zip);
		const atOnce = unzipSync(voiceZip(notes, { timeZone: 'Europe/London', now }));
		for (const [name, content] of Object.entries(atOnce))
			if (name !== 'index.csv') expect(files[name], name).toEqual(content);
		const index = readCsv(new TextDecoder().decode(files['index.csv']));
		expect(index.map((row) => row[1])).toEqual(['Title', ...opened]);
		// Compared as a Buffer: a deep equal of 700 KB takes seconds.
		expect(Buffer.from(files['2026-08-04 11-00 Long.webm']).equals(long)).toBe(true);
		expect(opened).toEqual([
			'My title',
			'my TITLE',
			'a/b\\c:d*e?"<x>|y. ',
			'CON',
			'',
			'Lost',
			'مرحبا 👩‍👩‍👧‍👦',
			'Long'
		]);
	});

	it('stops between notes when asked to', async () => {
		const controller = new AbortController();
		const sources = notes.map(({ note, audio }) => ({
			note,
			audio: async () => {
				controller.abort();
				return audio;
			}
		}));
		await expect(
			voiceZipParts(sources, { timeZone: 'UTC', signal: controller.signal })
		).rejects.toThrow();
	});
});
