// SHA-256 through the browser's own Web Crypto, for what the relay keeps of a short link's
// secrets (relay/ hashes with the same function); everything else here uses tweetnacl's SHA-512.

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
