// A component of an Okta stack (`blueprint:okta:Users`, `blueprint:okta:Apps`, ...): the
// parent of the resources of one kind, so the stack reads as a tree in `pulumi preview`.
import * as pulumi from '@pulumi/pulumi';

/** `PrivilegedGroups` → `privileged-groups`: the component's name in its stack. */
export const componentName = (component: string) =>
  component.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export class OktaComponent extends pulumi.ComponentResource {
  constructor(component: string, opts?: pulumi.ComponentResourceOptions) {
    super(`blueprint:okta:${component}`, componentName(component), {}, opts);
  }

  /** Children are declared by the caller with `{ parent: this }`; outputs go last. */
  done(): void {
    this.registerOutputs({});
  }
}
