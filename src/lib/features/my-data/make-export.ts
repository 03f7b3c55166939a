import { dayOf } from '$lib/domain/journey/days';
import { loadGoals } from '$lib/features/records/goal-store';
import {
	AudioMissingError,
	loadVoiceNotes,
	openAudio
} from '$lib/features/voice-notes/voice-store';
import { vault } from '$lib/vault';
import { checkinsCsvPaced } from './export/checkins-csv';
import { goalsCsvPaced } from './export/goals-csv';
import { journalMarkdownPaced, type JournalPartId } from './export/journal-markdown';
import { text as fileText } from './export/text';
import { voiceZipParts } from './export/voice-zip';
import { loadExportData } from './export-sources';
import type { ExportFormat } from './text';

// One export, made on the device from what the journal holds now: its parts, its file name and
// type, and what the screen should say beside "made" (something left out, and why).

export interface MadeFile {
	blob: Blob;
	name: string;
	/** Check-ins that did not open, left out of the file. */
	unreadCheckins: number;
	/** Voice notes listed without their audio, which did not open. */
	missingAudio: number;
}

/** What there is nothing of, so the screen says so rather than make an empty file. */
export class NothingToExportError extends Error {
	override name = 'NothingToExportError';
	constructor(readonly format: Exclude<ExportFormat, 'markdown' | 'print'>) {
		super(`Nothing to export as ${format}.`);
	}
}

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const made = (
	parts: BlobPart[],
	name: string,
	type: string,
	more: Partial<Pick<MadeFile, 'unreadCheckins' | 'missingAudio'>> = {}
): MadeFile => ({
	blob: new Blob(parts, { type }),
	name,
	unreadCheckins: more.unreadCheckins ?? 0,
	missingAudio: more.missingAudio ?? 0
});

export async function makeExport(
	format: Exclude<ExportFormat, 'print'>,
	chosen: ReadonlySet<JournalPartId>,
	now = new Date()
): Promise<MadeFile> {
	const day = dayOf(now);
	const zone = timeZone();
	const files = fileText.files;
	switch (format) {
		case 'markdown': {
			const { data, unreadCheckins } = await loadExportData(chosen, now);
			const markdown = await journalMarkdownPaced(data, { timeZone: zone, now, parts: chosen });
			return made([markdown], files.journal(day), 'text/markdown', { unreadCheckins });
		}
		case 'checkins-csv': {
			const { data, unreadCheckins } = await loadExportData(new Set(['checkins']), now);
			if (!data.checkins?.length) throw new NothingToExportError(format);
			const csv = await checkinsCsvPaced(data.checkins, data.scales!, { timeZone: zone });
			return made([csv], files.checkins(day), 'text/csv', { unreadCheckins });
		}
		case 'goals-csv': {
			const goals = await loadGoals(vault.records);
			if (!goals.length) throw new NothingToExportError(format);
			return made([await goalsCsvPaced(goals)], files.goals(day), 'text/csv');
		}
		case 'voice-zip': {
			const notes = await loadVoiceNotes(vault.records);
			if (!notes.length) throw new NothingToExportError(format);
			let missingAudio = 0;
			const sources = notes.map(({ id, data: note }) => ({
				note,
				audio: async () => {
					try {
						const blob = await openAudio(vault.records, id, note);
						return new Uint8Array(await blob.arrayBuffer());
					} catch (error) {
						if (!(error instanceof AudioMissingError)) throw error;
						missingAudio++;
						return null;
					}
				}
			}));
			const parts = await voiceZipParts(sources, { timeZone: zone, now });
			return made(parts as BlobPart[], files.voice(day), 'application/zip', { missingAudio });
		}
	}
}
