// AWS managed policies that amount to administering an account, its identities or the
// organization. IT's CloudFormation execution policy may not attach them to anything (the
// iam:PolicyARN condition key takes these patterns); the review judges privilege with its
// own data, this list is the deploy side's floor.

/** ARN patterns (ArnLike) of admin-like AWS managed policies. */
export const ADMIN_LIKE_MANAGED_POLICIES: readonly string[] = [
  'arn:aws:iam::aws:policy/AdministratorAccess',
  'arn:aws:iam::aws:policy/AdministratorAccess-*',
  'arn:aws:iam::aws:policy/AWSIdentityCenter*',
  'arn:aws:iam::aws:policy/AWSOrganizationsFullAccess',
  'arn:aws:iam::aws:policy/AWSSSO*',
  'arn:aws:iam::aws:policy/IAMFullAccess',
  'arn:aws:iam::aws:policy/PowerUserAccess',
  'arn:aws:iam::aws:policy/job-function/SystemAdministrator',
];
