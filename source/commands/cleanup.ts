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
import {CLEANUP_WORDS} from '../words/cleanup.js';

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
		return CLEANUP_WORDS.yes.test((await prompt.question(question)).trim());
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
	io.out(CLEANUP_WORDS.held(countLeftovers(held), describeDuration(rule.olderThanMs)));
	for (const line of describeLeftovers(held, rule.now)) io.out(line);
	io.out(CLEANUP_WORDS.heldHow);
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
			if (elsewhere) io.out(CLEANUP_WORDS.otherAccount(journal.runId, journal.account ?? '', account));
			return !elsewhere;
		});
		const found = await findLeftovers(connection, {journals, activeJournals: active});
		const {deletable: leftovers, held} = splitByRule(found, rule);
		io.out(CLEANUP_WORDS.searched(where, account, countLeftovers(leftovers)));
		for (const note of found.ignored ?? []) io.out(CLEANUP_WORDS.note(note));
		for (const line of describeLeftovers(leftovers, rule.now)) io.out(line);
		reportHeld(held, rule, io);
		return {...group, journals, connection, leftovers, held};
	} catch (error) {
		io.err(CLEANUP_WORDS.cannotSearch(where, errorText(error)));
		return undefined;
	}
}

/** Journals whose runs have nothing left once `remaining` is what is still there. */
async function removeFinishedJournals(group: TargetGroup, remaining: Leftovers, io: CleanupIo): Promise<void> {
	const stillNamed = runsNamed(remaining);
	for (const journal of group.journals) {
		if (stillNamed.has(journal.runId)) continue;
		await removeJournal(journal).catch((error: unknown) =>
			io.err(CLEANUP_WORDS.cannotRemoveJournal(journal.file, errorText(error))),
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
		io.err(CLEANUP_WORDS.skippedJournal(problem.file, problem.unsafeDirectory === true, problem.reason));
	for (const journal of listing.journals.filter((entry) => entry.active)) {
		io.out(CLEANUP_WORDS.inProgress(journal.runId, journal.pid, journal.startedAt));
	}
	for (const journal of sandbox) {
		io.out(CLEANUP_WORDS.embeddedSandbox(journal.runId, dryRun));
		if (!dryRun)
			await removeJournal(journal).catch((error: unknown) =>
				io.err(CLEANUP_WORDS.cannotRemoveJournal(journal.file, errorText(error))),
			);
	}
	for (const journal of others) io.out(CLEANUP_WORDS.otherTarget(journal.runId, describeTarget(journal.target)));
}

/** Asks (or refuses) before deleting; true when deletion may go ahead. */
async function mayDelete(total: number, args: CleanupArgs, io: CleanupIo): Promise<boolean> {
	if (args.yes) return true;
	if (!io.interactive) {
		io.err(CLEANUP_WORDS.noTerminal(total));
		return false;
	}
	if (await io.confirm(CLEANUP_WORDS.confirm(total))) return true;
	io.out(CLEANUP_WORDS.nothingDeleted);
	return false;
}

async function deleteAll(searched: readonly SearchedGroup[], io: CleanupIo): Promise<string[]> {
	const remainingLines: string[] = [];
	for (const group of searched) {
		io.out(CLEANUP_WORDS.deletingOn(describeTarget(group.target, group.connection.endpoint)));
		const {remaining} = await deleteLeftovers(group.connection, group.leftovers, (progress) =>
			io.out(describeProgress(progress)),
		);
		await removeFinishedJournals(group, remaining, io);
		if (countLeftovers(remaining) > 0)
			remainingLines.push(
				CLEANUP_WORDS.on(describeTarget(group.target, group.connection.endpoint)),
				...describeLeftovers(remaining),
			);
	}
	return remainingLines;
}

/** Node's warnings (the SDK's Node 20 notice) as one note line among ours, not a multi-line block. */
function warningsAsNotes(io: CleanupIo): () => void {
	const previous = process.listeners('warning');
	process.removeAllListeners('warning');
	const onWarning = (warning: Error) => io.err(CLEANUP_WORDS.warning(warning.message.replace(/\s+/g, ' ').trim()));
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
	return CLEANUP_WORDS.unsearched(names);
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
		io.out(CLEANUP_WORDS.nothingToClean);
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
	if (unsafe) io.err(CLEANUP_WORDS.unsafeDirectory(unsafe.file));
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
	const cleanLine = (done: string) => (held > 0 ? CLEANUP_WORDS.withHeld(done, held) : done);
	if (total === 0 || args.dryRun) {
		if (total === 0 && !args.dryRun)
			for (const group of searched) await removeFinishedJournals(group, group.leftovers, io);
		if (args.dryRun) io.out(CLEANUP_WORDS.dryRun(total));
		else if (complete) io.out(cleanLine(held > 0 ? CLEANUP_WORDS.nothingDeletedShort : CLEANUP_WORDS.nothingLeft));
		return 0;
	}
	if (!(await mayDelete(total, args, io))) return 1;
	const remaining = await deleteAll(searched, io);
	if (remaining.length === 0) {
		if (complete) io.out(cleanLine(held > 0 ? CLEANUP_WORDS.done : CLEANUP_WORDS.doneNothingLeft));
		return 0;
	}
	io.err([CLEANUP_WORDS.stillThere, ...remaining].join('\n'));
	return 1;
}
