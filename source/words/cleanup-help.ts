/* `sts-mfa cleanup --help`. */

export const CLEANUP_HELP = `Usage: sts-mfa cleanup [options]

Finds what earlier runs on this machine left behind (from their journals), lists it, and deletes
it after confirmation: demo users with their inline policies, access keys and MFA devices, free
virtual MFA devices, and assume-role's roles and customer managed policies. With --aws or
--endpoint it also finds, by the /sts-mfa/ IAM path and sts-mfa's tags, what runs with no record
on this machine left; those may still be running elsewhere, so they are deleted only when older
than --older-than, or when named with --run. Nothing without sts-mfa's tags is touched.

Options
  --aws | --endpoint URL    where to look (as for 'sts-mfa run'); default: each journal's own target
  --profile NAME, --region REGION
  --older-than DURATION     untracked resources at least this old may go: 30m, 2h, 1d (default 1h)
  --run ID                  the untracked resources of this run may go, whatever their age (repeatable)
  --dry-run                 only list what would be deleted
  -y, --yes                 delete without asking
  -h, --help                this help

Exit status
  0         nothing is left behind (or nothing was found; or a dry run)
  1         something is still there, a target could not be searched, or you answered no
  2         usage error (a bad flag or duration)`;
