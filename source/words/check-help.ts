/** `sts-mfa check --help`. */
export const CHECK_HELP = `Usage: sts-mfa check [--aws [--profile P] [--region R] | --endpoint URL]
                     [--user NAME]... [--role NAME]... [--actions LIST | --actions-file F]
                     [--plain | --json] [--fail-on high|medium|low|none]
       sts-mfa check --policy FILE... [--trust FILE] [--format sarif] ...

Is MFA really enforced in your account? For every user and role (or those named), what each can
do with a long-term key, a session without MFA, a fresh MFA session and one two hours old (roles:
AssumeRole with and without MFA), which statement decides it, and the findings with a fix.
It only reads: read-only IAM calls and the policy simulator; it creates nothing.

Target
  --aws                     a real account (standard credential chain)
  --profile NAME            shared-config profile to use with --aws
  --region REGION           region (default: AWS_REGION, the profile's, us-east-1)
  --endpoint URL            any AWS-compatible endpoint, e.g. a standalone 'sts-mfa sandbox'
  --policy FILE...          offline: these identity policies, no AWS at all (the embedded engine)
  --trust FILE              offline: the role's trust policy (the files are then the role's)

What to check
  --user NAME, --role NAME  only these principals (repeatable; default: every user and role)
  --actions LIST            comma-separated actions (wildcards expanded), instead of the set
                            the policies name plus the built-in set
  --actions-file F          the same, one action a line (# comments)

Output (default: the dashboard on a terminal, else --plain)
  --plain                   a table of findings, then each principal's matrix
  --json                    every cell and finding
  --format sarif            SARIF 2.1.0 for code scanning (with --policy)
  --fail-on LEVEL           exit 1 when a finding is at or above LEVEL (default high; none: never)
  -h, --help                this help

Keys in the dashboard: ↑/↓ move, → or Enter go into a principal, a cell, a statement; ← or Esc
back; / filter; q quit.

Exit status
  0         no finding at or above --fail-on
  1         a finding at or above --fail-on (or the check failed)
  2         usage or configuration error (a bad flag, an unreadable policy file, no credentials)`;
