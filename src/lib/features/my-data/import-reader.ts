import type { ImportChoices } from '$lib/domain/imports/import-choices';
import type { ScaleSettings } from '$lib/domain/journey/checkin';
import { csvLimits } from '$lib/domain/formats/csv-read';
import { importErrorText } from './import-text';
import type { ImportRequest, ImportResponse } from './import-steps';

// One import, from the file picked to the plan the person looks at: the reading and planning
// run in a worker of their own (import.worker.ts), kept while the person chooses, and ended
// when they pick another file or leave. Only the answer to the latest request counts (null for
// an earlier one), so choices changed quickly never leave an older plan on the screen.

export class ImportReader {
	#worker: Worker | null = null;
	#ended = false;
	/** The request whose answer counts: an answer to an earlier one is dropped. */
	#latest = 0;

	#ask(request: ImportRequest, transfer: Transferable[] = []): Promise<ImportResponse | null> {
		if (this.#ended) return Promise.resolve(null);
		this.#worker ??= new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		const worker = this.#worker;
		const asked = ++this.#latest;
		return new Promise((resolve, reject) => {
			worker.onmessage = ({ data }: MessageEvent<ImportResponse>) =>
				resolve(asked === this.#latest ? data : null);
			worker.onerror = (event) => reject(new Error(`The import worker failed: ${event.message}`));
			worker.postMessage(request, transfer);
		});
	}

	/** Reads the file, refusing one too large before reading a byte of it. */
	async read(
		file: File,
		scaleSettings: ScaleSettings,
		now = new Date()
	): Promise<ImportResponse | null> {
		if (file.size > csvLimits.bytes)
			return { type: 'failed', message: importErrorText['csv-too-large'] };
		this.#stop();
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
	plan(choices: ImportChoices): Promise<ImportResponse | null> {
		return this.#ask({ type: 'plan', choices });
	}

	#stop() {
		this.#worker?.terminate();
		this.#worker = null;
	}

	/** The import is over (written, or the screen left): no worker is started after this. */
	end() {
		this.#ended = true;
		this.#stop();
	}

	/** A new file is picked after an import was written. */
	again() {
		this.#ended = false;
	}
}
