import {createInterface} from 'node:readline/promises';
import type {CallerIdentity} from '../aws/types.js';
import type {CleanupArgs} from '../cli/args.js';
import {
	countLeftovers,
	deleteLeftovers,
	findLeftovers,
	listJournals,
	removeJournal,
	runsNamed,
	type CleanupServices,
	type JournalEntry,
	type JournalListing,
	type Leftovers,
} from '../journal/index.js';
import {describeDuration, describeLeftovers, describeProgress, describeTarget} from '../journal/describe.js';
import type {JournalTarget} from '../journal/record.js';
import {planCleanup, type TargetGroup} from '../journal/targets.js';
import {DEFAULT_OLDER_THAN_MS, splitByRule, type UntrackedRule} from '../journal/untracked.js';

/** An operator connection to one target: IAM (users, devices, roles, managed policies), and who we are there. */
export interface Connection extends CleanupServices {
	readonly identity?: CallerIdentity;
	/** Where an AWS target's configuration sends the calls, when that is not AWS itself. */
	readonly endpoint?: string;
}

/** What the command touches outside itself; tests replace any of it. */
export interface CleanupIo {
	out(line: string): void;
	err(line: string): void;
	/** Whether there is a person at a terminal to answer the question. */
	readonly interactive: boolean;
	confirm(question: string): Promise<boolean>;
	connect(target: JournalTarget): Promise<Connection>;
	/** The journals directory (default: the user's state directory). */
	readonly dir?: string;
}

interface SearchedGroup extends TargetGroup {
	readonly connection: Connection;
	/** What the rules let cleanup delete. */
	readonly leftovers: Leftovers;
	/** Untracked resources too young to be safely someone's dead run: shown, left alone. */
	readonly held: Leftovers;
}

async function connectToTarget(target: JournalTarget): Promise<Connection> {
	// The SDK is loaded only here, so `cleanup --help` and a cleanup with nothing to do stay fast.
	const {createAwsServices, resolveProfileChain} = await import('../aws/index.js');
	// An AWS target is reached as the run reached it: through the profile's own chain, endpoint_url included.
	const chain =
		target.kind === 'aws' ? await resolveProfileChain({profile: target.profile, region: target.region}) : undefined;
	const services = await createAwsServices({
		region: target.region,
		endpoint: chain ? chain.endpoint : target.endpoint,
		profile: target.profile,
		operatorCredentials: chain?.credentials,
	});
	return {
		iam: services.iam(),
		roles: services.roles(),
		identity: await services.sts().getCallerIdentity(),
		endpoint: chain?.endpoint,
	};
}

async function askOnTerminal(question: string): Promise<boolean> {
	const prompt = createInterface({
		input: process.stdin,
		output: process.stdout.isTTY ? process.stdout : process.stderr,
	});
	try {
		return /^y(es)?$/i.test((await prompt.question(question)).trim());
	} finally {
		prompt.close();
	}
}

function defaultIo(): CleanupIo {
	return {
		out: (line) => process.stdout.write(`${line}\n`),
		err: (line) => process.stderr.write(`${line}\n`),
		interactive: process.stdin.isTTY === true,
		confirm: askOnTerminal,
		connect: connectToTarget,
	};
}

function explicitTarget(args: CleanupArgs): JournalTarget | undefined {
	const region = args.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
	if (args.aws) return {kind: 'aws', region, profile: args.profile};
	if (args.endpoint) return {kind: 'endpoint', region, endpoint: args.endpoint};
	return undefined;
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function untrackedRule(args: CleanupArgs): UntrackedRule {
	return {olderThanMs: args.olderThanMs ?? DEFAULT_OLDER_THAN_MS, runs: args.runs ?? [], now: Date.now()};
}

/** What is left alone because no journal here names it and it is young: it may be someone's live run. */
function reportHeld(held: Leftovers, rule: UntrackedRule, io: CleanupIo): void {
	if (countLeftovers(held) === 0) return;
	io.out(
		`Left alone: ${countLeftovers(held)} resources from runs with no record on this machine, younger than ${describeDuration(rule.olderThanMs)} or of unknown age (such a run may still be going, elsewhere):`,
	);
	for (const line of describeLeftovers(held, rule.now)) io.out(line);
	io.out('  To delete them: name the run with --run ID, or lower --older-than.');
}

/** Connects and searches one target; reports and returns undefined when it cannot be searched. */
async function searchGroup(
	group: TargetGroup,
	active: readonly JournalEntry[],
	rule: UntrackedRule,
	io: CleanupIo,
): Promise<SearchedGroup | undefined> {
	let where = describeTarget(group.target);
	try {
		const connection = await io.connect(group.target);
		where = describeTarget(group.target, connection.endpoint);
		const account = connection.identity?.account;
		// A journal from another account must not steer deletions in this one.
		const journals = group.journals.filter((journal) => {
			const elsewhere = account !== undefined && journal.account !== undefined && journal.account !== account;
			if (elsewhere) io.out(`Run ${journal.runId} used account ${journal.account}, not ${account}: not considered.`);
			return !elsewhere;
		});
		const found = await findLeftovers(connection, {journals, activeJournals: active});
		const {deletable: leftovers, held} = splitByRule(found, rule);
		io.out(
			`Searched ${where}${account ? ` (account ${account})` : ''}: ${countLeftovers(leftovers)} resources left behind.`,
		);
		for (const note of found.ignored ?? []) io.out(`  note: ${note}`);
		for (const line of describeLeftovers(leftovers, rule.now)) io.out(line);
		reportHeld(held, rule, io);
		return {...group, journals, connection, leftovers, held};
	} catch (error) {
		io.err(`Could not search ${where}: ${errorText(error)}`);
		return undefined;
	}
}

/** Journals whose runs have nothing left once `remaining` is what is still there. */
async function removeFinishedJournals(group: TargetGroup, remaining: Leftovers, io: CleanupIo): Promise<void> {
	const stillNamed = runsNamed(remaining);
	for (const journal of group.journals) {
		if (stillNamed.has(journal.runId)) continue;
		await removeJournal(journal).catch((error: unknown) =>
			io.err(`Could not remove the journal ${journal.file}: ${errorText(error)}`),
		);
	}
}

/** Says what happens to each journal that is not searched: unreadable, in progress, embedded sandbox, other target. */
async function reportJournals(
	listing: JournalListing,
	sandbox: readonly JournalEntry[],
	others: readonly JournalEntry[],
	dryRun: boolean,
	io: CleanupIo,
): Promise<void> {
	for (const problem of listing.unreadable)
		io.err(`Skipped the journal${problem.unsafeDirectory ? ' directory' : ''} ${problem.file}: ${problem.reason}.`);
	for (const journal of listing.journals.filter((entry) => entry.active)) {
		io.out(`Run ${journal.runId} is in progress (pid ${journal.pid}, started ${journal.startedAt}): left alone.`);
	}
	for (const journal of sandbox) {
		io.out(
			`Run ${journal.runId} used the embedded sandbox, which ended with the run and took its resources along: ${dryRun ? 'its journal would be removed' : 'removing its journal'}.`,
		);
		if (!dryRun)
			await removeJournal(journal).catch((error: unknown) =>
				io.err(`Could not remove the journal ${journal.file}: ${errorText(error)}`),
			);
	}
	for (const journal of others)
		io.out(
			`Run ${journal.runId} used ${describeTarget(journal.target)}: not considered (run 'sts-mfa cleanup' without --aws/--endpoint to clean it against its own target).`,
		);
}

/** Asks (or refuses) before deleting; true when deletion may go ahead. */
async function mayDelete(total: number, args: CleanupArgs, io: CleanupIo): Promise<boolean> {
	if (args.yes) return true;
	if (!io.interactive) {
		io.err(
			`Refusing to delete ${total} resources without confirmation: there is no terminal to ask on. Re-run with --yes to delete them, or with --dry-run to only list them.`,
		);
		return false;
	}
	if (await io.confirm(`Delete these ${total} resources? [y/N] `)) return true;
	io.out('Nothing deleted.');
	return false;
}

async function deleteAll(searched: readonly SearchedGroup[], io: CleanupIo): Promise<string[]> {
	const remainingLines: string[] = [];
	for (const group of searched) {
		io.out(`Deleting on ${describeTarget(group.target, group.connection.endpoint)}:`);
		const {remaining} = await deleteLeftovers(group.connection, group.leftovers, (progress) =>
			io.out(describeProgress(progress)),
		);
		await removeFinishedJournals(group, remaining, io);
		if (countLeftovers(remaining) > 0)
			remainingLines.push(
				`On ${describeTarget(group.target, group.connection.endpoint)}:`,
				...describeLeftovers(remaining),
			);
	}
	return remainingLines;
}

/** Node's warnings (the SDK's Node 20 notice) as one note line among ours, not a multi-line block. */
function warningsAsNotes(io: CleanupIo): () => void {
	const previous = process.listeners('warning');
	process.removeAllListeners('warning');
	const onWarning = (warning: Error) => io.err(`note: ${warning.message.replace(/\s+/g, ' ').trim()}`);
	process.on('warning', onWarning);
	return () => {
		process.off('warning', onWarning);
		for (const listener of previous) process.on('warning', listener);
	};
}

/** `sts-mfa cleanup`: find what earlier runs left behind, list it, and delete it once allowed. Exit 0 when nothing remains. */
export async function cleanupCommand(args: CleanupArgs, overrides: Partial<CleanupIo> = {}): Promise<number> {
	const io: CleanupIo = {...defaultIo(), ...overrides};
	const restoreWarnings = warningsAsNotes(io);
	try {
		return await cleanUp(args, io);
	} finally {
		restoreWarnings();
	}
}

/** The last line when some targets could not be searched: nothing there was checked, so nothing is "clean". */
function unsearchedLine(unsearched: readonly TargetGroup[]): string {
	const names = unsearched.map((group) => describeTarget(group.target)).join(', ');
	return `Could not check ${names}: what runs left there is unknown and nothing there was deleted (see above).`;
}

async function cleanUp(args: CleanupArgs, io: CleanupIo): Promise<number> {
	const listing = await listJournals(io.dir);
	const active = listing.journals.filter((journal) => journal.active);
	const explicit = explicitTarget(args);
	const plan = planCleanup(
		listing.journals.filter((journal) => !journal.active),
		explicit,
	);
	await reportJournals(listing, plan.sandboxJournals, plan.otherJournals, args.dryRun, io);
	const groups = plan.groups.filter((group) => explicit || group.journals.length > 0);
	if (groups.length === 0) {
		if (unsafeJournals(listing, io)) return 1;
		io.out(
			`No earlier runs left anything to clean up. (To search an account by the /sts-mfa/ IAM path, add --aws or --endpoint URL.)`,
		);
		return 0;
	}
	const rule = untrackedRule(args);
	const searched: SearchedGroup[] = [];
	const unsearched: TargetGroup[] = [];
	for (const group of groups) {
		const result = await searchGroup(group, active, rule, io);
		if (result) searched.push(result);
		else unsearched.push(group);
	}
	const code = await deleteSearched(searched, args, io, unsearched.length === 0);
	if (unsearched.length > 0) io.err(unsearchedLine(unsearched));
	return unsearched.length > 0 || unsafeJournals(listing, io) ? 1 : code;
}

/** Journals refused because their directory is not the user's alone: what they name was not looked at. */
function unsafeJournals(listing: JournalListing, io: CleanupIo): boolean {
	const unsafe = listing.unreadable.find((problem) => problem.unsafeDirectory);
	if (unsafe)
		io.err(
			`The journals in ${unsafe.file} were not used (see above): make the directory yours alone (chmod 700) and run cleanup again.`,
		);
	return unsafe !== undefined;
}

/** Deletes what was found once allowed; `complete` when every target was searched (only then is "nothing left" true). */
async function deleteSearched(
	searched: readonly SearchedGroup[],
	args: CleanupArgs,
	io: CleanupIo,
	complete: boolean,
): Promise<number> {
	const total = searched.reduce((sum, group) => sum + countLeftovers(group.leftovers), 0);
	const held = searched.reduce((sum, group) => sum + countLeftovers(group.held), 0);
	const cleanLine = (done: string) =>
		held > 0 ? `${done}; ${held} resources of runs with no record on this machine left alone (see above).` : done;
	if (total === 0 || args.dryRun) {
		if (total === 0 && !args.dryRun)
			for (const group of searched) await removeFinishedJournals(group, group.leftovers, io);
		if (args.dryRun) io.out(`Dry run: ${total} resources would be deleted; nothing was changed.`);
		else if (complete) io.out(cleanLine(held > 0 ? 'Nothing deleted' : 'Nothing left behind.'));
		return 0;
	}
	if (!(await mayDelete(total, args, io))) return 1;
	const remaining = await deleteAll(searched, io);
	if (remaining.length === 0) {
		if (complete) io.out(cleanLine(held > 0 ? 'Done' : 'Done: nothing left behind.'));
		return 0;
	}
	io.err(['Still there:', ...remaining].join('\n'));
	return 1;
}
