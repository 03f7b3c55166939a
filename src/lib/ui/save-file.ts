// Files made on the device handed to the person: to the share sheet where the browser offers
// one for files (phones), else a download. From memory; nothing goes to any server.

/** Hands a file to the browser's download. */
export function saveFile(contents: BlobPart, filename: string, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([contents], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Long enough for the download to start on slow devices.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can hand a file to the share sheet (so the screen can say where it goes). */
export function canShareFiles(type = 'text/plain'): boolean {
	try {
		const probe = new File([''], 'probe.txt', { type });
		return (
			typeof navigator.share === 'function' && navigator.canShare?.({ files: [probe] }) === true
		);
	} catch {
		return false;
	}
}

export type HandedOver = 'shared' | 'downloaded' | 'cancelled';

/**
 * The share sheet where there is one, else a download. A share the browser refuses (the tap
 * that asked is too long ago, or the type is not allowed) falls back to the download; one the
 * person closed is left closed.
 */
export async function handOver(
	contents: BlobPart,
	filename: string,
	type: string
): Promise<HandedOver> {
	if (canShareFiles(type)) {
		try {
			await navigator.share({ files: [new File([contents], filename, { type })] });
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		}
	}
	saveFile(contents, filename, type);
	return 'downloaded';
}
