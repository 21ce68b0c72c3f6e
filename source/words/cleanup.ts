import {localized, plural} from './language.js';

/* What `sts-mfa cleanup` says as it searches, asks and deletes (the resources' own lines are words/journal*.ts). */

const en = {
	held: (count: number, age: string) =>
		`Left alone: ${plural(count, {one: '# resource', other: '# resources'})} from runs with no record on this machine, younger than ${age} or of unknown age (such a run may still be going, elsewhere):`,
	heldHow: '  To delete them: name the run with --run ID, or lower --older-than.',
	otherAccount: (runId: string, journalAccount: string, account: string) =>
		`Run ${runId} used account ${journalAccount}, not ${account}: not considered.`,
	searched: (where: string, account: string | undefined, count: number) =>
		`Searched ${where}${account ? ` (account ${account})` : ''}: ${plural(count, {one: '# resource', other: '# resources'})} left behind.`,
	note: (note: string) => `  note: ${note}`,
	cannotSearch: (where: string, reason: string) => `Could not search ${where}: ${reason}`,
	cannotRemoveJournal: (file: string, reason: string) => `Could not remove the journal ${file}: ${reason}`,
	skippedJournal: (file: string, directory: boolean, reason: string) =>
		`Skipped the journal${directory ? ' directory' : ''} ${file}: ${reason}.`,
	inProgress: (runId: string, pid: number | undefined, startedAt: string) =>
		`Run ${runId} is in progress (pid ${pid}, started ${startedAt}): left alone.`,
	embeddedSandbox: (runId: string, dryRun: boolean) =>
		`Run ${runId} used the embedded sandbox, which ended with the run and took its resources along: ${dryRun ? 'its journal would be removed' : 'removing its journal'}.`,
	otherTarget: (runId: string, target: string) =>
		`Run ${runId} used ${target}: not considered (run 'sts-mfa cleanup' without --aws/--endpoint to clean it against its own target).`,
	noTerminal: (count: number) =>
		`Refusing to delete ${plural(count, {one: '# resource', other: '# resources'})} without confirmation: there is no terminal to ask on. Re-run with --yes to delete them, or with --dry-run to only list them.`,
	confirm: (count: number) =>
		plural(count, {one: 'Delete this resource? [y/N] ', other: 'Delete these # resources? [y/N] '}),
	/** What counts as yes to `confirm`. */
	yes: /^y(es)?$/i,
	nothingDeleted: 'Nothing deleted.',
	deletingOn: (target: string) => `Deleting on ${target}:`,
	on: (target: string) => `On ${target}:`,
	unsearched: (targets: string) =>
		`Could not check ${targets}: what runs left there is unknown and nothing there was deleted (see above).`,
	nothingToClean:
		'No earlier runs left anything to clean up. (To search an account by the /sts-mfa/ IAM path, add --aws or --endpoint URL.)',
	unsafeDirectory: (file: string) =>
		`The journals in ${file} were not used (see above): make the directory yours alone (chmod 700) and run cleanup again.`,
	withHeld: (done: string, held: number) =>
		`${done}; ${plural(held, {one: '# resource', other: '# resources'})} of runs with no record on this machine left alone (see above).`,
	dryRun: (count: number) =>
		`Dry run: ${plural(count, {one: '# resource', other: '# resources'})} would be deleted; nothing was changed.`,
	nothingDeletedShort: 'Nothing deleted',
	nothingLeft: 'Nothing left behind.',
	done: 'Done',
	doneNothingLeft: 'Done: nothing left behind.',
	stillThere: 'Still there:',
	warning: (message: string) => `note: ${message}`,
};

const resources = (count: number) => plural(count, {one: '# recurso', other: '# recursos'});

export const CLEANUP_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		held: (count, age) =>
			`Deixados em paz: ${resources(count)} de execuções sem registro nesta máquina, com menos de ${age} ou de idade desconhecida (uma execução assim pode ainda estar em andamento, em outro lugar):`,
		heldHow: '  Para excluí-los: indique a execução com --run ID, ou diminua --older-than.',
		otherAccount: (runId, journalAccount, account) =>
			`A execução ${runId} usou a conta ${journalAccount}, não ${account}: não considerada.`,
		searched: (where, account, count) =>
			`Busca em ${where}${account ? ` (conta ${account})` : ''}: ${plural(count, {one: '# recurso deixado', other: '# recursos deixados'})} para trás.`,
		note: (note) => `  observação: ${note}`,
		cannotSearch: (where, reason) => `Não foi possível fazer a busca em ${where}: ${reason}`,
		cannotRemoveJournal: (file, reason) => `Não foi possível remover o diário ${file}: ${reason}`,
		skippedJournal: (file, directory, reason) =>
			`${directory ? 'Diretório de diários ignorado' : 'Diário ignorado'}: ${file}: ${reason}.`,
		inProgress: (runId, pid, startedAt) =>
			`A execução ${runId} está em andamento (pid ${pid}, iniciada em ${startedAt}): deixada em paz.`,
		embeddedSandbox: (runId, dryRun) =>
			`A execução ${runId} usou o sandbox embutido, que terminou com ela e levou seus recursos junto: ${dryRun ? 'o diário dela seria removido' : 'removendo o diário dela'}.`,
		otherTarget: (runId, target) =>
			`A execução ${runId} usou ${target}: não considerada (execute 'sts-mfa cleanup' sem --aws/--endpoint para limpá-la no próprio alvo).`,
		noTerminal: (count) =>
			`Recusando excluir ${resources(count)} sem confirmação: não há terminal onde perguntar. Execute de novo com --yes para excluí-los, ou com --dry-run para só listá-los.`,
		confirm: (count) => plural(count, {one: 'Excluir este recurso? [s/N] ', other: 'Excluir estes # recursos? [s/N] '}),
		yes: /^(s(im)?|y(es)?)$/i,
		nothingDeleted: 'Nada foi excluído.',
		deletingOn: (target) => `Excluindo em ${target}:`,
		on: (target) => `Em ${target}:`,
		unsearched: (targets) =>
			`Não foi possível verificar ${targets}: o que as execuções deixaram lá é desconhecido e nada lá foi excluído (veja acima).`,
		nothingToClean:
			'Nenhuma execução anterior deixou algo para limpar. (Para procurar em uma conta pelo caminho do IAM /sts-mfa/, adicione --aws ou --endpoint URL.)',
		unsafeDirectory: (file) =>
			`Os diários em ${file} não foram usados (veja acima): deixe o diretório só para você (chmod 700) e execute o cleanup de novo.`,
		withHeld: (done, held) =>
			`${done}; ${plural(held, {one: '# recurso de execuções sem registro nesta máquina deixado em paz', other: '# recursos de execuções sem registro nesta máquina deixados em paz'})} (veja acima).`,
		dryRun: (count) =>
			`Dry run: ${plural(count, {one: '# recurso seria excluído', other: '# recursos seriam excluídos'})}; nada foi alterado.`,
		nothingDeletedShort: 'Nada foi excluído',
		nothingLeft: 'Nada ficou para trás.',
		done: 'Pronto',
		doneNothingLeft: 'Pronto: nada ficou para trás.',
		stillThere: 'Ainda estão lá:',
		warning: (message) => `observação: ${message}`,
	},
});
