/* What `--record` says: the box that stands for a QR code in a recording, and its refusals. */

/** The lines centred in the box drawn where the QR code was, in a recording made against AWS or an endpoint. */
export const QR_NOT_RECORDED = ['QR code not recorded', '(--record-qr keeps it)'] as const;

export const recordWords = {
	needsDashboard: '--record records the dashboard: it cannot be used with --plain or --json, nor without a terminal',
	needsFile: '--record needs a file name, such as demo.cast',
	qrWithoutRecord: '--record-qr only applies to a recording: add --record FILE.cast',
	cannotWrite: (file: string, why: string) => `--record cannot write ${file}: ${why}`,
	notRegular: (file: string) => `${file} exists and is not a regular file`,
	isSymlink: (file: string) => `${file} is a symbolic link`,
	sharedDirectory: (why: string) => `${why} (someone else could swap the recording)`,
};
