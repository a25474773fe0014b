// A component of an Okta stack (`blueprint:okta:Users`, `blueprint:okta:Apps`, ...): the
// parent of the resources of one kind, so the stack reads as a tree in `pulumi preview`.
import * as pulumi from '@pulumi/pulumi';

/** `PrivilegedGroups` → `privileged-groups`: the component's name in its stack. */
export const componentName = (component: string) =>
  component.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export interface OktaComponentArgs {
  /**
   * The kind of resources it holds, as the specs name it (`PrivilegedGroups`): its type token
   * is `blueprint:okta:<kind>`.
   */
  readonly kind: string;
}

export class OktaComponent extends pulumi.ComponentResource {
  /**
   * Pulumi's (name, args, opts). declareStack names a component `componentName(kind)`, as
   * the import file does (lib/import/okta/pulumi-import-file.ts): name and type token are in
   * every child's URN, so neither may change once deployed.
   */
  constructor(name: string, args: OktaComponentArgs, opts?: pulumi.ComponentResourceOptions) {
    if (name !== componentName(args.kind))
      throw new Error(
        `an Okta component of kind ${args.kind} is named "${componentName(args.kind)}", not "${name}"`,
      );
    // No inputs registered: the kind is in the type token already.
    super(`blueprint:okta:${args.kind}`, name, {}, opts);
  }

  /** Children are declared by the caller with `{ parent: this }`; outputs go last. */
  done(): void {
    this.registerOutputs({});
  }
}
