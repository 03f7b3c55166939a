import type { HandleClientError } from '@sveltejs/kit';

// An unknown address is the person's typo, not a fault: the error page explains it, so it is not
// logged. Anything else is a bug: it is logged (never with journal text) and the page says so.
export const handleError: HandleClientError = ({ error, status }) => {
	if (status === 404) return { message: 'Not found' };
	console.error(error);
	return { message: 'Something went wrong' };
};
