// What the review compares for each side: both engines' desired state for one model (CDK
// templates by stack name, Okta resource specs by Pulumi stack). Composed above the engines.
import type { Template } from './cfn-template';
import type { OktaSpecLike } from './okta-diff';

export interface EngineOutputs {
  readonly okta: Record<string, readonly OktaSpecLike[]>;
  readonly cdk: Record<string, Template>;
}
