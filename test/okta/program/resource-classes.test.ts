// Every type token the specs use maps to the @pulumi/okta class that registers that token.
import { OKTA } from '../../../lib/okta/okta-types';
import { RESOURCE_CLASSES } from '../../../lib/okta/program/resource-classes';

describe('RESOURCE_CLASSES', () => {
  test.each(Object.values(OKTA))('%s is the token of its class', (token) => {
    const cls = RESOURCE_CLASSES[token] as unknown as { __pulumiType: string };
    expect(cls.__pulumiType).toBe(token);
  });
});
