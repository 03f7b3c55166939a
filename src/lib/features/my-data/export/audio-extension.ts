// The file extension for a recording's media type, as players and file managers expect it.
// Browsers record audio/webm (Chrome, Firefox, Android) or audio/mp4 (Safari, iOS), often with
// codecs after a ";". Audio-only MP4 is called .m4a, which iPhones and Macs open as sound.

const extensions: Record<string, string> = {
	'audio/webm': 'webm',
	'audio/mp4': 'm4a',
	'audio/x-m4a': 'm4a',
	'audio/aac': 'aac',
	'audio/ogg': 'ogg',
	'audio/opus': 'opus',
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/wav': 'wav',
	'audio/wave': 'wav',
	'audio/x-wav': 'wav',
	'audio/flac': 'flac',
	'audio/3gpp': '3gp'
};

export function audioExtension(mimeType: string): string {
	const type = mimeType.split(';')[0].trim().toLowerCase();
	if (extensions[type]) return extensions[type];
	// Another audio type: its subtype, when it is a plain short word; else a name any player tries.
	const subtype = /^audio\/(?:x-)?([a-z0-9]{1,8})$/.exec(type)?.[1];
	return subtype ?? 'audio';
}
