// What an import could not decide or could not say: each finding names the item, the kind
// it counts under in the summary, and what a person should do. Decisions are also written as
// `# TODO(import): ...` comments next to the value they are about; what the config cannot
// represent is left in the source as it is and only reported here.
import type { ConfigFileKey } from '../model/schema/files';

/** The kinds the summary counts, in the order it lists them. */
export const IMPORT_KINDS = [
  'people',
  'departments',
  'groups',
  'group rules',
  'memberships',
  'apps',
  'app assignments',
  'group pushes',
  'admin roles',
  'policies',
  'log streams',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface Decision {
  readonly kind: ImportKind;
  /** The item, as a person finds it in the config (`app slack`, `person dana-whitfield`). */
  readonly item: string;
  readonly file: ConfigFileKey;
  /** Where the TODO comment goes: the value it is about (`['apps', 3, 'owner']`). */
  readonly path: readonly (string | number)[];
  readonly todo: string;
}

export interface NotRepresentable {
  readonly kind: ImportKind;
  readonly item: string;
  readonly what: string;
}

/** One line of the summary: items read of one kind, and how many of them need a person. */
export interface KindCount {
  readonly kind: ImportKind;
  readonly imported: number;
  readonly decisions: number;
  readonly notRepresentable: number;
}

export class ImportReport {
  readonly decisions: Decision[] = [];
  readonly notRepresentable: NotRepresentable[] = [];
  private readonly imported = new Map<ImportKind, number>();

  countImported(kind: ImportKind, n = 1): void {
    this.imported.set(kind, (this.imported.get(kind) ?? 0) + n);
  }

  decide(decision: Decision): void {
    this.decisions.push(decision);
  }

  cannotSay(kind: ImportKind, item: string, what: string): void {
    this.notRepresentable.push({ kind, item, what });
  }

  /** Per kind: items imported, items with a decision to make, items with something not representable. */
  counts(): KindCount[] {
    const items = (list: readonly { kind: ImportKind; item: string }[], kind: ImportKind) =>
      new Set(list.filter((f) => f.kind === kind).map((f) => f.item)).size;
    return IMPORT_KINDS.map((kind) => ({
      kind,
      imported: this.imported.get(kind) ?? 0,
      decisions: items(this.decisions, kind),
      notRepresentable: items(this.notRepresentable, kind),
    }));
  }
}
