// The org-blueprint Okta policy pack, served to the Pulumi engine. PolicyPack reads the
// version from package.json in the working directory: this folder, when Pulumi runs it.
import { PolicyPack } from '@pulumi/policy';
import { POLICIES } from './policies';

new PolicyPack('org-blueprint-okta', { policies: [...POLICIES] });
