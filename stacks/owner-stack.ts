// The base of every stack: an explicit account and region from config (no lookups, so synth
// needs no credentials), a stable name derived from org + side + purpose, the owner's own
// CDK bootstrap qualifier, an owner tag on every resource, termination protection for
// Security's stacks, and Security's permissions boundary on every IAM role of IT's stacks
// (IT's CloudFormation execution policy creates no role without it).
import { DefaultStackSynthesizer, Stack, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { DEPLOY_QUALIFIERS, OWNER_TAG } from '../lib/aws/deploy-qualifiers';
import { itRoleBoundaryArn } from '../lib/aws/it-role-boundary';
import { envOf } from '../lib/aws/org-accounts';
import { stackName } from '../lib/aws/org-naming';
import type { Account, OrgModel, Side } from '../lib/model/org-model';

/** What a stack reads of its org: never the whole model (the stacks built on it map that). */
export interface OwnerStackOrg {
  /** The org's name: it names the stack (`acme-security-org-trail`). */
  readonly name: string;
  /** Where the stack deploys unless it says otherwise. */
  readonly homeRegion: string;
  /** Security's permissions boundary, applied to every IAM role of IT's stacks. */
  readonly itRoleBoundaryArn: string;
}

/** The org as an owner's stack reads it. */
export function ownerStackOrg(model: OrgModel): OwnerStackOrg {
  return { name: model.name, homeRegion: model.aws.homeRegion, itRoleBoundaryArn: itRoleBoundaryArn(model) };
}

/**
 * Not `cdk.StackProps`: a stack's name, environment, synthesizer and termination protection
 * are derived from the org and the owner, never chosen per stack.
 */
export interface OwnerStackProps {
  /** The org: its name names the stack; its home region and IT's role boundary (`ownerStackOrg(model)`). */
  readonly org: OwnerStackOrg;
  /** The owner: its bootstrap qualifier, owner tag, termination protection (Security) or role boundary (IT). */
  readonly side: Side;
  /**
   * The stack's job, in its name (`acme-security-org-trail`).
   * @default - none: the side's main stack (`acme-it`)
   */
  readonly purpose?: string;
  /** The account the stack deploys to. */
  readonly account: Account;
  /** @default - the org's home region */
  readonly region?: string;
  /** The CloudFormation stack's description. */
  readonly description: string;
}

export class OwnerStack extends Stack {
  readonly side: Side;

  /**
   * `id` is the construct id (and the cloud assembly's artifact id, which `cdk deploy` selects
   * by); the blueprint's composition passes the stack name. The CloudFormation stack name is
   * always derived from org, side and purpose.
   */
  constructor(scope: Construct, id: string, props: OwnerStackProps) {
    super(scope, id, {
      stackName: stackName(props.org, props.side, props.purpose),
      env: envOf(props.account, props.region ?? props.org.homeRegion),
      description: props.description,
      synthesizer: new DefaultStackSynthesizer({ qualifier: DEPLOY_QUALIFIERS[props.side] }),
      terminationProtection: props.side === 'security',
    });
    this.side = props.side;
    Tags.of(this).add(OWNER_TAG, props.side);
    if (props.side === 'it') {
      const boundary = iam.ManagedPolicy.fromManagedPolicyArn(
        this,
        'ItRoleBoundary',
        props.org.itRoleBoundaryArn,
      );
      iam.PermissionsBoundary.of(this).apply(boundary);
    }
  }
}
