/* `sts-mfa sandbox --help`. */

export const SANDBOX_HELP = `Usage: sts-mfa sandbox [options]

Runs the embedded AWS-compatible endpoint (IAM, STS, S3 and CloudTrail's LookupEvents) in the
foreground. It verifies SigV4 signatures and TOTP codes and enforces IAM policies, including
aws:MultiFactorAuthPresent, and AWS's 2023 rule on managing one's own MFA devices.
On start it prints export lines for AWS_ENDPOINT_URL, the administrator's keys, AWS_REGION and
AWS_DEFAULT_REGION (standard output holds nothing else); notes go to stderr. Ctrl-C stops it.
With --detach it runs in the background and returns once it listens, so the lines can be
sourced at once:

  sts-mfa sandbox --detach > sandbox.env && . ./sandbox.env && aws sts get-caller-identity

Options
  -d, --detach              run in the background: print the export lines once it listens, then
                            return (stderr names the process id that 'kill' stops)
  --host HOST               address to bind (default 127.0.0.1)
  --port N                  port (default 4566; 0 picks a free one)
  --state FILE              keep the sandbox's state in FILE across restarts (owner-only file)
  --propagation-delay S     new keys and policy changes take effect only after S seconds
  --account-id ID           12-digit account id (env STS_MFA_SANDBOX_ACCOUNT_ID)
  --access-key-id ID        administrator key id (env STS_MFA_SANDBOX_ACCESS_KEY_ID)
  --secret-access-key KEY   administrator secret; visible to every local user in 'ps': prefer the env
                            STS_MFA_SANDBOX_SECRET_ACCESS_KEY or --secret-access-key-file
  --secret-access-key-file PATH
                            read the administrator secret from PATH (its first line)
  -h, --help                this help`;
