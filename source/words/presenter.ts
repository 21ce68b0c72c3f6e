/* What the presenter's view says (`sts-mfa presenter`), and what the command says around it. */

export const presenterWords = {
	title: 'sts-mfa · presenter',
	onScreen: 'On screen',
	next: 'Next',
	nothingNext: '(the end: the summary, then q to exit)',
	choosing: 'the audience picks a scenario',
	notes: 'Notes',
	noNotes: '(no notes for this step)',
	time: (elapsed: string) => `Elapsed ${elapsed}`,
	timeLeft: (elapsed: string, left: string) => `Elapsed ${elapsed} · left ${left}`,
	overTime: (elapsed: string, over: string) => `Elapsed ${elapsed} · ${over} over time`,
	code: (code: string, seconds: number) => `Code now: ${code.slice(0, 3)} ${code.slice(3)} · next in ${seconds} s`,
	keys: 'Keys',
	waiting: 'Waiting for a dashboard: start sts-mfa in another terminal (Ctrl-C to stop waiting).',
	ended: 'The dashboard has ended.',
	lost: 'The dashboard went away without saying it ended.',
	notes_only_here: 'Only this terminal shows the notes; the audience sees the dashboard.',
	badTalkMinutes: (value: string) => `--talk-minutes needs a whole number of minutes from 1 to 600, got '${value}'`,
	unsafeDirectory: (why: string) => `cannot attach: ${why}`,
};

export const PRESENTER_HELP = `Usage: sts-mfa presenter [--talk-minutes N]

A presenter's view of the dashboard running in another terminal of this machine (yours, not the
audience's): the step on screen and the next one, the speaker notes declared with the scenario for
that step, the time elapsed (and left, with --talk-minutes), the built-in authenticator's current
code and countdown on the embedded sandbox (to type it by hand as the audience watches), and which
keys do what. It attaches over an owner-only socket in your runtime directory; no other user can.
Several views may attach. When the dashboard ends, the view says so and exits 0.

  --talk-minutes N          the talk's length: show the time left
  -h, --help                this help`;
