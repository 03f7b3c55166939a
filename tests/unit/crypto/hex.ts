/** Test helper: bytes from hex, ignoring spaces, commas and 0x prefixes. */
export function hex(text: string): Uint8Array {
	const digits = text.replace(/0x|[\s,]/g, '');
	return Uint8Array.from(digits.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

export function toHex(bytes: Uint8Array): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
