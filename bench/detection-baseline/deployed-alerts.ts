// The Okta alert rules of an org as deployed: each monitoring.yaml alerts.oktaRules entry with
// the EventBridge pattern its synthesized AWS::Events::Rule carries, and the Sigma rule it cites.
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { OktaEventAlerts } from '../../lib/aws/okta-event-alerts';
import { orgSlug } from '../../lib/aws/org-naming';
import type { OrgModel } from '../../lib/model/org-model';
import { oktaEventAlertsProps } from '../../stacks/identity-alerts-stack';
import type { DeployedAlert } from './sigma-coverage';

export function deployedAlerts(model: OrgModel): DeployedAlert[] {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Detection', {
    env: { account: '333333333333', region: model.aws.homeRegion },
  });
  new OktaEventAlerts(stack, 'Okta', oktaEventAlertsProps(model, new sns.Topic(stack, 'Topic')));
  const deployed = Object.values(Template.fromStack(stack).findResources('AWS::Events::Rule'));
  const prefix = `${orgSlug(model)}-security-okta-`;
  return model.monitoring.alerts.oktaRules.map((r) => {
    const found = deployed.find((d) => d.Properties.Name === `${prefix}${r.id}`);
    if (!found) throw new Error(`no EventBridge rule for ${r.id}`);
    return { id: r.id, sigma: r.implements.sigma, pattern: found.Properties.EventPattern };
  });
}
