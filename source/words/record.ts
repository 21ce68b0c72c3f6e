import {localized} from './language.js';

/* What `--record` says: the box that stands for a QR code in a recording, and its refusals. */

const en = {
	/** The lines centred in the box drawn where the QR code was, in a recording made against AWS or an endpoint. */
	qrNotRecorded: ['QR code not recorded', '(--record-qr keeps it)'] as readonly string[],
	needsDashboard: '--record records the dashboard: it cannot be used with --plain or --json, nor without a terminal',
	needsFile: '--record needs a file name, such as demo.cast',
	qrWithoutRecord: '--record-qr only applies to a recording: add --record FILE.cast',
	cannotWrite: (file: string, why: string) => `--record cannot write ${file}: ${why}`,
	notRegular: (file: string) => `${file} exists and is not a regular file`,
	isSymlink: (file: string) => `${file} is a symbolic link`,
	sharedDirectory: (why: string) => `${why} (someone else could swap the recording)`,
};

export const recordWords = localized<typeof en>({
	en,
	'pt-BR': {
		qrNotRecorded: ['Código QR não gravado', '(--record-qr o mantém)'],
		needsDashboard: '--record grava o painel: não pode ser usado com --plain ou --json, nem sem um terminal',
		needsFile: '--record precisa de um nome de arquivo, como demo.cast',
		qrWithoutRecord: '--record-qr só se aplica a uma gravação: adicione --record FILE.cast',
		cannotWrite: (file, why) => `--record não consegue gravar ${file}: ${why}`,
		notRegular: (file) => `${file} existe e não é um arquivo comum`,
		isSymlink: (file) => `${file} é um link simbólico`,
		sharedDirectory: (why) => `${why} (outra pessoa poderia trocar a gravação)`,
	},
});
