// Every kind of bad input gets a clear, positioned error with the bad value and a fix;
// all errors are reported at once, exit code 1, and nothing is planned. Each case is a
// small overlay folder on the base fixture (test/fixtures/cases/<case>).
import { main } from '../../lib/cli/main';
import { captureIo, configCase } from '../support/config-case';

const CASES: Record<string, string[]> = {
  'alias-bomb': [
    'config/it/groups.yaml:11:11: error: YAML aliases expand this file to more than 100000 extra values (an alias bomb)',
    '    fix: write the values out instead of nesting aliases (*name) of anchors (&name) that hold aliases themselves',
  ],
  'app-without-mfa': [
    'config/it/apps.yaml:6:11: error: apps[0].risk: app "payroll" is critical risk but does not require MFA (got "critical")',
    '    fix: add "mfa: true" (guardrails require MFA from risk tier high)',
  ],
  'bad-aws-values': [
    'config/it/aws-access.yaml:2:39: error: permissionSets[0].sessionDuration: invalid value for "sessionDuration" (got "8 hours")',
    '    fix: durations are ISO-8601, e.g. "PT8H" (8 hours), "P30D" (30 days), "P1Y" (1 year)',
    'config/it/aws-access.yaml:3:60: error: permissionSets[1].managedPolicies[0]: invalid value for "managedPolicies" (got "ReadOnlyAccess")',
    '    fix: expected an IAM policy ARN, e.g. "arn:aws:iam::aws:policy/ReadOnlyAccess"',
    'config/org.yaml:11:18: error: aws.identityCenter.instanceArn: invalid value for "instanceArn" (got "arn:aws:sso:::instance/1111222233334444")',
    '    fix: expected an Identity Center instance ARN, e.g. "arn:aws:sso:::instance/ssoins-1234567890abcdef"',
    'config/org.yaml:14:54: error: aws.accounts[0].accountId: expected a string, got number (got 12345)',
    '    fix: quote the value so YAML reads it as text, e.g. "12345"',
    'config/org.yaml:15:56: error: aws.accounts[1].accountId: invalid value for "accountId" (got "1000000000022")',
    '    fix: AWS account ids are exactly 12 digits in quotes, e.g. "123456789012"',
  ],
  'bad-enums': [
    'config/it/apps.yaml:6:11: error: apps[0].risk: invalid value for "risk" (got "hgh")',
    '    fix: did you mean "high"? expected one of: low, medium, high, critical',
    'config/it/apps.yaml:8:18: error: apps[0].sso.type: invalid value for "type" (got "sml")',
    '    fix: did you mean "saml"? expected one of: saml, oidc, bookmark',
    'config/it/apps.yaml:9:5: error: apps[1]: missing required key "name"',
    '    fix: add "name:" (a string)',
    'config/it/apps.yaml:9:9: error: apps[1].id: invalid value for "id" (got "Payroll App")',
    '    fix: ids are lowercase slugs: letters, digits and single dashes, e.g. "data-eng"',
  ],
  'contractor-group': [
    'config/it/groups.yaml:10:11: error: groups[2].rule: the rule of "engineering-all" selects contractor "milton-waddams", but guardrails forbid the group for contractors (got "milton-waddams")',
    '    fix: narrow the rule with "types: [employee]"',
    'config/security/privileged.yaml:5:19: error: groups[0].members[0].person: "milton-waddams" left on 2026-11-10 but still holds privileged group "admins" (got "milton-waddams")',
    '    fix: delete this membership: a leaver holds no privileged access',
    'config/security/privileged.yaml:5:19: error: groups[0].members[0].person: contractor "milton-waddams" is a member of "admins", which guardrails forbid for contractors (got "milton-waddams")',
    '    fix: remove the membership, or ask Security to change contractors.forbiddenGroups in guardrails.yaml',
  ],
  'dangling-references': [
    'config/it/apps.yaml:5:12: error: apps[0].owner: unknown team "secruity" (got "secruity")',
    '    fix: did you mean "security"? declare the team first, or use one of: it, security',
    'config/it/apps.yaml:8:14: error: apps[0].groups[0]: unknown group "enginering" (got "enginering")',
    '    fix: did you mean "engineering"? declare the group first, or use one of: engineering, staplers, admins',
    'config/it/apps.yaml:9:14: error: apps[0].people[0]: unknown person "peter-gibbon" (got "peter-gibbon")',
    '    fix: did you mean "peter-gibbons"? declare the person first, or use one of: bill-lumbergh, peter-gibbons',
    'config/it/aws-access.yaml:4:14: error: grants[0].group: unknown group "engineers" (got "engineers")',
    '    fix: did you mean "engineering"? declare the group first, or use one of: engineering, staplers, admins',
    'config/it/aws-access.yaml:4:40: error: grants[0].permissionSet: unknown permission set "develper" (got "develper")',
    '    fix: did you mean "developer"? declare the permission set first, or use one of: developer',
    'config/it/aws-access.yaml:4:61: error: grants[0].accounts[0]: unknown account "dve" (got "dve")',
    '    fix: did you mean "dev"? declare the account first, or use one of: management, log-archive, audit, dev',
    'config/it/groups.yaml:4:12: error: groups[0].owner: unknown team "itt" (got "itt")',
    '    fix: did you mean "it"? declare the team first, or use one of: it, security',
    'config/it/groups.yaml:5:27: error: groups[0].rule.departments[0]: unknown department "engineerin" (got "engineerin")',
    '    fix: did you mean "engineering"? declare the department first, or use one of: engineering',
    'config/it/groups.yaml:9:19: error: groups[1].members[0].person: unknown person "milton-waddams" (got "milton-waddams")',
    '    fix: declare the person first, or use one of: bill-lumbergh, peter-gibbons',
    'config/it/lifecycle.yaml:1:14: error: birthright[0]: unknown group "everyone" (got "everyone")',
    '    fix: declare the group first, or use one of: engineering, staplers, admins',
    'config/it/lifecycle.yaml:2:25: error: offboarding.notify[0]: unknown team "securty" (got "securty")',
    '    fix: did you mean "security"? declare the team first, or use one of: it, security',
    'config/it/people.yaml:7:17: error: people[0].department: unknown department "finanse" (got "finanse")',
    '    fix: declare the department first, or use one of: engineering',
    'config/it/people.yaml:16:14: error: people[1].manager: unknown person "bill-lumberg" (got "bill-lumberg")',
    '    fix: did you mean "bill-lumbergh"? declare the person first, or use one of: bill-lumbergh, peter-gibbons',
    'config/security/guardrails.yaml:1:34: error: contractors.forbiddenGroups[0]: unknown group "adminz" (got "adminz")',
    '    fix: did you mean "admins"? declare the group first, or use one of: engineering, staplers, admins',
    'config/security/logging.yaml:1:40: error: trail.account: unknown account "managment" (got "managment")',
    '    fix: did you mean "management"? declare the account first, or use one of: management, log-archive, audit, dev',
    'config/security/logging.yaml:1:67: error: trail.archiveAccount: unknown account "log-archives" (got "log-archives")',
    '    fix: did you mean "log-archive"? declare the account first, or use one of: management, log-archive, audit, dev',
    'config/security/logging.yaml:2:39: error: oktaLogStream.account: unknown account "audits" (got "audits")',
    '    fix: did you mean "audit"? declare the account first, or use one of: management, log-archive, audit, dev',
    'config/security/monitoring.yaml:1:15: error: auditAccount: unknown account "adit" (got "adit")',
    '    fix: did you mean "audit"? declare the account first, or use one of: management, log-archive, audit, dev',
    'config/security/monitoring.yaml:6:22: error: alerts.channels[0]: unknown alert channel "security-mail" (got "security-mail")',
    '    fix: did you mean "security-email"? declare the alert channel first, or use one of: security-email',
    'config/security/privileged.yaml:6:14: error: oktaAdminRoles[0].group: unknown group "admin" (got "admin")',
    '    fix: did you mean "admins"? declare the group first, or use one of: engineering, staplers, admins',
    'config/security/privileged.yaml:8:51: error: breakGlass[0].account: unknown account "mgmt" (got "mgmt")',
    '    fix: declare the account first, or use one of: management, log-archive, audit, dev',
  ],
  'duplicate-id': [
    'config/it/groups.yaml:8:9: error: groups[2].id: duplicate group id "engineering" (got "engineering")',
    '    fix: ids must be unique; "engineering" is already declared at groups[0] in this file; rename one of them',
    'config/security/privileged.yaml:2:9: error: groups[0].id: duplicate group id "admins" (got "admins")',
    '    fix: ids must be unique; "admins" is already declared at groups[3] in groups; rename one of them',
  ],
  'email-domain': [
    'config/it/people.yaml:5:54: error: people[0].email: email "bill@initrode.example" is outside the org\'s domains (got "bill@initrode.example")',
    '    fix: use an address at initech.example, or add "initrode.example" to domains in org.yaml',
  ],
  'http-sso-url': [
    'config/it/apps.yaml:10:32: error: apps[0].sso.ssoUrl: invalid value for "ssoUrl" (got "http://wiki.example.com/saml/acs")',
    '    fix: SSO URLs must use https://, e.g. "https://app.example.com/sso/saml"',
    'config/it/apps.yaml:19:39: error: apps[1].sso.redirectUris[0]: invalid value for "redirectUris" (got "http://portal.example.com/callback")',
    '    fix: SSO URLs must use https://, e.g. "https://app.example.com/sso/saml"',
  ],
  'it-grants-privileged': [
    'config/it/apps.yaml:9:14: error: apps[0].groups[0]: IT app "wiki" is assigned to privileged group "admins" (got "admins")',
    '    fix: IT config cannot depend on security-owned groups; assign an everyday group instead',
    'config/it/aws-access.yaml:5:14: error: grants[1].group: IT-side grant uses privileged group "admins" (got "admins")',
    '    fix: privileged grants live in config/security/privileged.yaml (grants:); move this grant there',
    'config/it/aws-access.yaml:6:42: error: grants[2].permissionSet: IT-side grant uses privileged permission set "administrator" (got "administrator")',
    '    fix: privileged grants live in config/security/privileged.yaml (grants:); move this grant there',
  ],
  'it-grants-sensitive-account': [
    'config/it/aws-access.yaml:6:59: error: grants[1].accounts[0]: IT-side grant gives "billing" in the management account "management" (got "management")',
    '    fix: any access to the management, log-archive or audit account is privileged: grant it from config/security/privileged.yaml to a privileged group (time-bound members)',
  ],
  'manager-cycle': [
    'config/it/people.yaml:4:126: error: people[0].manager: manager cycle: bill-lumbergh → peter-gibbons → milton-waddams → bill-lumbergh (got "peter-gibbons")',
    '    fix: someone in this chain must report to a person outside it (the top of the org has no manager)',
  ],
  'not-yaml': [
    'config/it/apps.yaml:1:1: error: the file is not a YAML mapping of keys, but string (got "<html><body>This is a web page, not an apps file</body></html>")',
    '    fix: start the file with its top-level keys: apps (see the config reference in README.md)',
    'config/it/groups.yaml:1:1: error: file is not text (it contains NUL bytes)',
    '    fix: replace it/groups.yaml with a YAML file',
  ],
  'permission-set-names': [
    'config/it/aws-access.yaml:3:28: error: permissionSets[1].name: permission set "read-only" takes the Identity Center name "developer" of permission set "developer" (got "developer")',
    '    fix: Identity Center names are unique within the instance: give one of them another name',
  ],
  'privileged-membership': [
    'config/security/privileged.yaml:5:9: error: groups[0].members[0]: privileged membership of "peter-gibbons" in "admins" has no reason (got "peter-gibbons")',
    '    fix: add reason: why this person needs the access (a ticket or incident is best)',
    'config/security/privileged.yaml:5:9: error: groups[0].members[0]: privileged membership of "peter-gibbons" in "admins" has no until date (got "peter-gibbons")',
    '    fix: add until: a date no later than 2027-02-21 (guardrails allow P90D)',
    'config/security/privileged.yaml:6:41: error: groups[0].members[1].until: privileged membership of "bill-lumbergh" in "admins" runs past the P90D tolerance (got "2027-06-30")',
    '    fix: set until to 2027-02-21 or earlier, and renew it when it expires',
    'config/security/privileged.yaml:8:43: error: permissionSets[0].sessionDuration: privileged permission set "administrator" allows PT4H sessions (got "PT4H")',
    '    fix: set sessionDuration to PT1H or less',
  ],
  'privileged-on-it-side': [
    'config/it/aws-access.yaml:3:5: error: permissionSets[1]: permission set "ops-admin" is privileged but declared under config/it/ (got "ops-admin")',
    '    fix: move it to config/security/privileged.yaml (permissionSets:), or drop what makes it privileged: admin-like managed policy AdministratorAccess',
    'config/it/aws-access.yaml:4:5: error: permissionSets[2]: permission set "iam-wrangler" is privileged but declared under config/it/ (got "iam-wrangler")',
    '    fix: move it to config/security/privileged.yaml (permissionSets:), or drop what makes it privileged: writes IAM policies, boundaries or trust (iam:AttachGroupPolicy from iam:*)',
    'config/it/groups.yaml:10:17: error: groups[2].privileged: privileged group "root-users" is declared under config/it/ (got true)',
    '    fix: move the group to config/security/privileged.yaml (groups:), where every membership needs until and reason',
  ],
  'rule-and-members': [
    'config/it/groups.yaml:2:5: error: groups[0]: group "engineering" is both rule-based and explicitly managed (got "engineering")',
    '    fix: keep either "rule" (membership follows people\'s attributes) or "members" (listed by hand), not both; split it into two groups if you need both',
  ],
  'security-grants-it-set': [
    'config/security/privileged.yaml:10:37: error: grants[1].permissionSet: privileged grant uses IT\'s permission set "developer" (got "developer")',
    '    fix: IT can change its own permission sets: declare the set Security grants in config/security/privileged.yaml (permissionSets:), under its own id, e.g. "developer-privileged"',
  ],
  'unknown-file': [
    'config/it/group.yaml:1:1: error: unknown config file "it/group.yaml"',
    '    fix: did you mean "it/groups.yaml"? config files are: org.yaml, it/people.yaml, it/groups.yaml, it/apps.yaml, it/aws-access.yaml, it/lifecycle.yaml, security/privileged.yaml, security/logging.yaml, security/monitoring.yaml, security/guardrails.yaml',
  ],
  'unknown-key': [
    'config/it/people.yaml:12:5: error: people[0].nickname: unknown key "nickname"',
    '    fix: allowed keys: id, name, email, department, title, manager, type, start, end',
    'config/it/people.yaml:18:5: error: people[1].manger: unknown key "manger"',
    '    fix: did you mean "manager"? allowed keys: id, name, email, department, title, manager, type, start, end',
  ],
  'wrong-type': [
    'config/security/monitoring.yaml:2:23: error: guardDuty.enabled: expected a boolean, got string (got "yes-please")',
    '    fix: write true or false',
    'config/security/monitoring.yaml:3:42: error: securityHub.standards: expected a list, got string (got "cis-aws-foundations")',
    '    fix: write a list here',
    'config/security/monitoring.yaml:4:12: error: awsConfig: expected a mapping, got boolean (got true)',
    '    fix: write a mapping here',
    'config/security/monitoring.yaml:6:61: error: alerts.guardDutyMinSeverity: expected a number, got string (got "high")',
    '    fix: write a number here',
  ],
  'yaml-syntax': [
    'config/it/groups.yaml:4:1: error: YAML syntax error: Sequence item without - indicator',
    '    fix: fix the YAML syntax at this position (indentation, quotes, colons)',
  ],
};

describe('blueprint validate: bad input', () => {
  test.each(Object.entries(CASES))('%s: exact errors, exit 1', async (name, expected) => {
    const io = captureIo(configCase(name));
    expect(await main(['validate'], io)).toBe(1);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(expected);
    expect(lines.at(-1)).toMatch(
      /^✗ config is invalid: \d+ errors?, \d+ warnings?; nothing was synthesized or deployed$/,
    );
  });
});
