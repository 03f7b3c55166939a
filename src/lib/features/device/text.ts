// Words about the device's own state, said on more than one screen.
export const text = {
	offlineReady: 'Ready to use without a connection on this device.'
} as const;
