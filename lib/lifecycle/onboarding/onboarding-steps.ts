// The onboarding steps, in order: activate on the start date, verify the birthright (rule)
// groups landed, tell the manager. Each reads state first, so a re-run changes nothing. Their
// names and order are lifecycle.yaml's ONBOARDING_STEPS.
import { ONBOARDING_STEPS, type OnboardingStepName } from '../../model/schema/lifecycle';
import type { AuditRecord } from '../audit/audit-store';
import { alreadyDone, type LifecycleDeps, type StepLog, type StepResult } from '../lifecycle-step';
import { GroupsNotLandedError, OktaUserStateError, UnknownOktaUserError } from '../okta/okta-errors';
import { ruleGroupsOf } from '../rule-groups';
import type { OnboardingCase } from './onboarding-case';

export interface OnboardingStep {
  readonly name: OnboardingStepName;
  readonly summary: string;
  plan(
    kase: Pick<OnboardingCase, 'person' | 'activateOn'>,
    deps: Pick<LifecycleDeps, 'directory'>,
  ): readonly string[];
  run(run: {
    deps: LifecycleDeps;
    kase: OnboardingCase;
    history: readonly AuditRecord[];
    today: string;
    log: StepLog;
  }): Promise<StepResult>;
}

const notYet = (kase: OnboardingCase): StepResult => ({
  outcome: 'not-due',
  note: `activation is due on ${kase.activateOn} (start date ${kase.person.start})`,
});

const BY_NAME: Record<OnboardingStepName, Omit<OnboardingStep, 'name'>> = {
  activate: {
    summary: 'activate the staged Okta user on the start date (Okta emails the activation link)',
    plan: (kase) => [
      `GET /api/v1/users/${kase.person.email}`,
      `on/after ${kase.activateOn}: POST /api/v1/users/{userId}/lifecycle/activate?sendEmail=true (if STAGED)`,
    ],
    async run({ deps, kase, today, log }) {
      if (today < kase.activateOn) return notYet(kase);
      const user = await deps.okta.findUser(kase.userId);
      if (!user)
        throw new UnknownOktaUserError(`Okta user ${kase.userId} (${kase.person.email}) no longer exists`);
      const before = { status: user.status };
      if (user.status === 'STAGED' || user.status === 'DEPROVISIONED') {
        log.add(await deps.okta.activateUser(user.id));
        return {
          outcome: 'changed',
          before,
          after: { status: 'PROVISIONED' },
          note: 'activation email sent',
        };
      }
      if (user.status === 'SUSPENDED') {
        // Suspended before this employment's activation day: the account of an earlier
        // employment (a re-hire, the one path back to active). Okta can only suspend an
        // activated user, so a joiner never activated cannot be in this state. A fresh
        // start: deactivated, then activated with a new activation email (the old password
        // and factors do not come back). Suspended since: someone decided so; not undone.
        if (user.statusChanged !== undefined && user.statusChanged.slice(0, 10) < kase.activateOn) {
          log.add(await deps.okta.deactivateUser(user.id));
          log.add(await deps.okta.activateUser(user.id));
          return {
            outcome: 'changed',
            before: { ...before, since: user.statusChanged },
            after: { status: 'PROVISIONED' },
            note: `re-hire: the account suspended on ${user.statusChanged.slice(0, 10)} (an earlier employment) deactivated and activated afresh; activation email sent`,
          };
        }
        throw new OktaUserStateError(
          `${kase.person.email} is SUSPENDED${user.statusChanged ? ` since ${user.statusChanged.slice(0, 10)}` : ''}: onboarding does not undo a suspension made during this employment; unsuspend the user in Okta if this is intended`,
        );
      }
      return { outcome: 'unchanged', before, after: before };
    },
  },
  'verify-groups': {
    summary: 'check that Okta group rules put the joiner in their birthright and other rule groups',
    plan: (kase, deps) => [
      'GET /api/v1/users/{userId}/groups',
      `expect: ${ruleGroupsOf(deps.directory, kase.person)
        .map((g) => g.name)
        .join(', ')}`,
    ],
    async run({ deps, kase, today }) {
      if (today < kase.activateOn) return notYet(kase);
      const expected = ruleGroupsOf(deps.directory, kase.person);
      const actual = new Set((await deps.okta.listUserGroups(kase.userId)).map((g) => g.name));
      const missing = expected.filter((g) => !actual.has(g.name)).map((g) => g.name);
      if (missing.length > 0)
        throw new GroupsNotLandedError(
          `Okta has not put ${kase.person.email} in ${missing.join(', ')} yet: group rules run asynchronously (the workflow retries); if this persists, check the group rules`,
        );
      const birthright = expected.filter((g) => deps.directory.birthright.includes(g.id)).map((g) => g.name);
      return {
        outcome: 'unchanged',
        after: {
          groups: expected.map((g) => g.name),
          profile: { department: kase.person.department, title: kase.person.title, type: kase.person.type },
        },
        note: `birthright groups landed: ${birthright.join(', ')}`,
      };
    },
  },
  'notify-manager': {
    summary: "tell the manager the joiner's account is ready, and what it gives them",
    plan: (kase, deps) => {
      const manager = deps.directory.people.find((p) => p.id === kase.person.manager);
      return deps.directory.onboarding.notifyManager && manager ? [`email ${manager.email}`] : [];
    },
    async run({ deps, kase, history, today, log }) {
      if (today < kase.activateOn) return notYet(kase);
      const { directory } = deps;
      const manager = directory.people.find((p) => p.id === kase.person.manager);
      if (!directory.onboarding.notifyManager)
        return { outcome: 'unchanged', note: 'lifecycle.yaml: onboarding.notifyManager is false' };
      if (!manager) return { outcome: 'unchanged', note: 'no manager in config' };
      if (alreadyDone(history, 'notify-manager' satisfies OnboardingStepName))
        return { outcome: 'unchanged', note: 'notified earlier in this case' };
      const groups = ruleGroupsOf(directory, kase.person).map((g) => g.name);
      log.add(
        await deps.notifier.send({
          to: [manager.email],
          subject: `${kase.person.name} starts on ${kase.person.start}: their account is ready`,
          body: [
            `${kase.person.name} (${kase.person.email}, ${kase.person.title}) starts on ${kase.person.start}.`,
            'Their Okta account is activated; the activation email is on its way to them.',
            `Groups: ${groups.join(', ')}.`,
            `Anything else they need goes through a pull request to config/it/ (or ask ${directory.sender}).`,
          ].join('\n'),
        }),
      );
      return { outcome: 'changed', after: { notified: [manager.email] } };
    },
  },
};

export const ONBOARDING: readonly OnboardingStep[] = ONBOARDING_STEPS.map((name) => ({
  name,
  ...BY_NAME[name],
}));
