/** The passphrase of every test's journal, unless a test chooses another. */
export const passphrase = 'kettle orbit velvet lantern';
