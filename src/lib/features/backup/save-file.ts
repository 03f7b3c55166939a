/** Hands a file to the browser's download, from memory: nothing leaves the device. */
export function saveFile(contents: string, filename: string, type = 'application/json') {
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
