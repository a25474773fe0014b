// What IT's joiner/mover/leaver automation gets from the model: the org's directory, the
// names it shares with Security's stacks (its bus, Security's session revocation function),
// and the account of the Okta log stream that forwards to it.
import type { LifecycleAutomationProps } from '../lib/aws/lifecycle-automation';
import { lifecycleEventBusName } from '../lib/aws/lifecycle-automation';
import { accountById } from '../lib/aws/org-accounts';
import { lifecyclePrefix } from '../lib/aws/org-naming';
import { sessionRevocationFunctionName } from '../lib/aws/session-revocation';
import { lifecycleDirectory } from '../lib/lifecycle/lifecycle-directory';
import type { OrgModel } from '../lib/model/org-model';

export function lifecycleAutomationProps(model: OrgModel): LifecycleAutomationProps {
  const stream = model.logging.oktaLogStream;
  return {
    orgName: model.name,
    oktaOrgUrl: model.oktaOrgUrl,
    directory: lifecycleDirectory(model),
    namePrefix: lifecyclePrefix(model),
    sessionRevocationFunctionName: sessionRevocationFunctionName(model),
    eventBusName: lifecycleEventBusName(model),
    oktaLogStreamAccountId: stream ? accountById(model, stream.account).accountId : undefined,
  };
}
