// Identity and access: SSO through Okta and Identity Center, MFA, group-based access,
// privileged access and its limits, separation of duties between IT and Security.
import type { OrgModel } from '../../model/org-model';
import { plural } from '../report';
import { type Control, guardedBy } from './control';

const AREA = 'Identity and access';

const privilegedGroups = (model: OrgModel) =>
  model.groups.filter((g) => g.privileged && g.side === 'security');

export const IDENTITY_CONTROLS: readonly Control[] = [
  {
    id: 'central-identity',
    area: AREA,
    title: 'People sign in once, through Okta; AWS access goes through IAM Identity Center, not IAM users',
    soc2: ['CC6.1'],
    iso27001: ['A.5.16', 'A.8.5'],
    cis: ['1.21'],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('org', 'aws', 'identityCenter', 'instanceArn'),
      resource: `okta:user/user:User (${model.people.length}), AWS::SSO::PermissionSet (${model.permissionSets.length}), AWS::SSO::Assignment`,
      notes: `${plural(model.apps.length, 'app')} behind Okta SSO`,
    }),
  },
  {
    id: 'app-mfa',
    area: AREA,
    title: 'Apps at or above the risk tier Security set require MFA',
    soc2: ['CC6.1'],
    iso27001: ['A.8.5'],
    cis: [],
    assess: (ctx) => {
      const { model } = ctx;
      const withMfa = model.apps.filter((a) => a.mfaRequired).length;
      return guardedBy(ctx, 'app-mfa', {
        config: ctx.line('guardrails', 'mfa', 'requiredFromRisk'),
        resource: `okta:index/appSignonPolicy:AppSignonPolicy + okta:index/appSignonPolicyRule:AppSignonPolicyRule (${withMfa})`,
        notes: `${withMfa} of ${plural(model.apps.length, 'app')} require MFA; required from ${model.guardrails.mfa.requiredFromRisk} risk`,
      });
    },
  },
  {
    id: 'group-based-access',
    area: AREA,
    title: 'Access is granted to groups, never to people directly',
    soc2: ['CC6.3'],
    iso27001: ['A.5.15', 'A.5.18'],
    cis: [],
    assess: (ctx) =>
      guardedBy(ctx, 'no-direct-app-assignment', {
        config: ctx.file('apps'),
        resource: `okta:app/groupAssignment:GroupAssignment, AWS::SSO::Assignment (PrincipalType GROUP, ${plural(ctx.model.grants.length, 'grant')})`,
        notes: `${plural(ctx.model.groups.length, 'group')}`,
      }),
  },
  {
    id: 'privileged-access',
    area: AREA,
    title: 'Privileged access is time-bound, justified and within the tolerance',
    soc2: ['CC6.1', 'CC6.3'],
    iso27001: ['A.8.2', 'A.5.18'],
    cis: [],
    assess: (ctx) => {
      const groups = privilegedGroups(ctx.model);
      const members = groups.reduce((n, g) => n + g.members.length, 0);
      return guardedBy(ctx, 'privileged-membership-bounds', {
        config: ctx.line('guardrails', 'privilegedAccess', 'maxMembership'),
        resource:
          'okta:index/groupMemberships:GroupMemberships (privileged groups), AWS::SSO::Assignment (privileged sets)',
        notes: `${plural(members, 'membership')} in ${plural(groups.length, 'privileged group')}, each until at most ${ctx.model.guardrails.privilegedAccess.maxMembership} ahead`,
      });
    },
  },
  {
    id: 'privileged-sessions',
    area: AREA,
    title: 'Privileged AWS sessions are short',
    soc2: ['CC6.1'],
    iso27001: ['A.8.2'],
    cis: [],
    assess: (ctx) =>
      guardedBy(ctx, 'privileged-session-length', {
        config: ctx.line('guardrails', 'privilegedAccess', 'maxSessionDuration'),
        resource: 'AWS::SSO::PermissionSet (SessionDuration)',
        notes: `privileged sessions at most ${ctx.model.guardrails.privilegedAccess.maxSessionDuration}`,
      }),
  },
  {
    id: 'okta-admin-roles',
    area: AREA,
    title: 'Okta admin roles are held only through privileged groups',
    soc2: ['CC6.3'],
    iso27001: ['A.8.2'],
    cis: [],
    assess: (ctx) =>
      guardedBy(ctx, 'privileged-grants', {
        config:
          ctx.model.oktaAdminRoles.length > 0
            ? ctx.line('privileged', 'oktaAdminRoles')
            : ctx.file('privileged'),
        resource: `okta:group/role:Role (${ctx.model.oktaAdminRoles.length})`,
        notes: ctx.model.oktaAdminRoles.map((r) => `${r.role} → ${r.group}`).join(', '),
      }),
  },
  {
    id: 'contractor-limits',
    area: AREA,
    title: 'Contractors are kept out of the groups the tolerances reserve to employees',
    soc2: ['CC6.3'],
    iso27001: ['A.5.15', 'A.5.18'],
    cis: [],
    assess: (ctx) =>
      guardedBy(ctx, 'contractor-groups', {
        config: ctx.line('guardrails', 'contractors', 'forbiddenGroups'),
        resource:
          'okta:group/rule:Rule and okta:index/groupMemberships:GroupMemberships (checked before deploy)',
        notes: `reserved: ${ctx.model.guardrails.contractors.forbiddenGroups.join(', ') || 'none'}`,
      }),
  },
  {
    id: 'separation-of-duties',
    area: AREA,
    title:
      'IT and Security own separate config, stacks and deploy roles; privileged access only on the security side',
    soc2: ['CC6.3', 'CC8.1'],
    iso27001: ['A.5.3'],
    cis: [],
    assess: (ctx) =>
      guardedBy(ctx, 'privileged-on-security-side', {
        config: ctx.line('org', 'teams'),
        resource:
          'AWS::IAM::OIDCProvider + AWS::IAM::Role per side (IT denied Security stacks), AWS::Organizations::Policy (SCPs)',
        notes: ctx.model.teams.map((t) => `${t.id}: ${t.side}`).join(', '),
      }),
  },
  {
    id: 'protected-foundations',
    area: AREA,
    title:
      'Service control policies protect logging and detection, keep accounts in the organization and off the root user',
    soc2: ['CC6.1', 'CC7.2'],
    iso27001: ['A.8.2', 'A.8.15'],
    cis: ['1.7'],
    assess: ({ model, line }) => ({
      implemented: true,
      config: line('org', 'aws', 'ous'),
      resource: 'AWS::Organizations::Policy (SERVICE_CONTROL_POLICY) attached to every OU',
      notes: `${plural(model.aws.ous.length, 'OU')}; the management account is outside SCPs by design`,
    }),
  },
];
