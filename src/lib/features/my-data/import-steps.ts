import { sha256 } from '$lib/crypto/sha256';
import type { ScaleSettings } from '$lib/domain/journey/checkin';
import {
	suggestedChoices,
	ratingsIn,
	type ImportChoices
} from '$lib/domain/imports/import-choices';
import { buildImportPlan, type ImportPlan } from '$lib/domain/imports/import-plan';
import { previewImport, type ImportPreview } from '$lib/domain/imports/import-preview';
import { readImportFile } from '$lib/domain/imports/read-import';
import type { ParsedImport, RatingKey } from '$lib/domain/imports/imported-day';
import { importMessageFor, importNoteWords } from './import-text';

// The work of reading another app's file and planning what it would write, as the import
// worker runs it (import.worker.ts): kept here, without the worker, so it runs in tests too.
// The file is read once; each change of the person's choices plans again from what was read.

export type ImportRequest =
	| {
			type: 'read';
			bytes: Uint8Array;
			timeZone: string;
			scaleSettings: ScaleSettings;
			importedAt: string;
	  }
	| { type: 'plan'; choices: ImportChoices };

export interface Planned {
	type: 'planned';
	plan: ImportPlan;
	preview: ImportPreview;
	choices: ImportChoices;
	/** The ratings the file holds, for choosing where each goes. */
	ratings: RatingKey[];
}

export type ImportResponse = Planned | { type: 'failed'; message: string };

const hex = (bytes: Uint8Array) =>
	Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function importSteps(failedWords: string) {
	let read: {
		parsed: ParsedImport;
		fingerprint: string;
		scaleSettings: ScaleSettings;
		importedAt: string;
	} | null = null;

	const planned = (choices: ImportChoices): Planned => {
		if (!read) throw new Error('Nothing has been read to plan from.');
		const plan = buildImportPlan(read.parsed, choices, {
			fingerprint: read.fingerprint,
			importedAt: read.importedAt,
			scaleSettings: read.scaleSettings,
			words: importNoteWords
		});
		return {
			type: 'planned',
			plan,
			preview: previewImport(plan),
			choices,
			ratings: ratingsIn(read.parsed)
		};
	};

	return async (request: ImportRequest): Promise<ImportResponse> => {
		try {
			if (request.type === 'plan') return planned(request.choices);
			const fingerprint = hex(await sha256(request.bytes));
			const parsed = readImportFile(request.bytes, request.timeZone);
			read = {
				parsed,
				fingerprint,
				scaleSettings: request.scaleSettings,
				importedAt: request.importedAt
			};
			return planned(suggestedChoices(parsed, request.scaleSettings));
		} catch (error) {
			return { type: 'failed', message: importMessageFor(error, failedWords) };
		}
	};
}
