import type { ImportChoices } from '$lib/domain/imports/import-choices';
import type { ScaleSettings } from '$lib/domain/journey/checkin';
import { csvLimits } from '$lib/domain/formats/csv-read';
import { importErrorText } from './import-text';
import type { ImportRequest, ImportResponse } from './import-steps';

// One import, from the file picked to the plan the person looks at: the reading and planning
// run in a worker of their own (import.worker.ts), kept while the person chooses, and ended
// when they pick another file or leave.

export class ImportReader {
	#worker: Worker | null = null;

	#ask(request: ImportRequest, transfer: Transferable[] = []): Promise<ImportResponse> {
		this.#worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		const worker = this.#worker;
		return new Promise((resolve, reject) => {
			worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => resolve(data);
			worker.onerror = (event) => reject(new Error(`The import worker failed: ${event.message}`));
			worker.postMessage(request, transfer);
		});
	}

	/** Reads the file, refusing one too large before reading a byte of it. */
	async read(file: File, scaleSettings: ScaleSettings, now = new Date()): Promise<ImportResponse> {
		if (file.size > csvLimits.bytes)
			return { type: 'failed', message: importErrorText['csv-too-large'] };
		this.end();
		const bytes = new Uint8Array(await file.arrayBuffer());
		return this.#ask(
			{
				type: 'read',
				bytes,
				timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
				scaleSettings,
				importedAt: now.toISOString()
			},
			[bytes.buffer]
		);
	}

	/** Plans again with the person's choices: plain data (a $state.snapshot), as a worker takes. */
	plan(choices: ImportChoices): Promise<ImportResponse> {
		return this.#ask({ type: 'plan', choices });
	}

	end() {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
