// Evidence pointers into the config: `config/security/logging.yaml:3` for an item, named
// the way the user's files are (relative to where they ran the command). A file the config
// does not have (an optional one) is named where it would be, marked absent.
import { formatPath, type PathSegment } from '../model/diagnostic';
import type { Sources } from '../model/load-config';
import { CONFIG_FILES, type ConfigFileKey } from '../model/schema/files';

export interface ConfigLines {
  /** `file:line` of the value at `path`, or the file marked "(default ...)" when the key is not written. */
  line(file: ConfigFileKey, ...path: PathSegment[]): string;
  /** The file as the user names it, marked "(absent: defaults)" when the config has none. */
  file(file: ConfigFileKey): string;
}

export function configLines(sources: Sources): ConfigLines {
  const present = (Object.keys(sources) as ConfigFileKey[]).find((key) => sources[key]);
  const shown = present ? sources[present]!.file : '';
  const prefix = present ? shown.slice(0, shown.length - CONFIG_FILES[present].path.length) : '';
  const file = (key: ConfigFileKey) =>
    sources[key]?.file ?? `${prefix}${CONFIG_FILES[key].path} (absent: defaults)`;
  return {
    file,
    line(key, ...path) {
      const source = sources[key];
      if (!source) return file(key);
      if (!written(source.data(), path)) return `${source.file} (default ${formatPath(path)})`;
      return `${source.file}:${source.locate(path).line}`;
    },
  };
}

/** Whether `path` is written in the file's data (rather than left to the schema's default). */
function written(data: unknown, path: readonly PathSegment[]): boolean {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object' || !(String(seg) in node)) return false;
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return true;
}
