// An EventBridge event-pattern matcher (the detection baseline bench and its tests), after the documented semantics
// (docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html and
// eb-create-pattern-operators.html): every field of the pattern must match (AND); a leaf is a
// list of matchers of which one must match (OR); an event value that is a list matches when
// one of its items does, and a pattern object under a list of objects matches when one item
// matches it whole; `$or` holds alternative sub-patterns. Operators: exact values, prefix,
// suffix, equals-ignore-case, wildcard, anything-but (values, prefix, suffix, wildcard),
// exists and numeric. Anything else throws, so a pattern this matcher cannot judge fails the
// test instead of passing it.
// Nothing in node_modules evaluates patterns (aws-cdk-lib only builds them), EventBridge's
// TestEventPattern API needs the network, and its engine, aws/event-ruler, is Java.

// biome-ignore lint/suspicious/noExplicitAny: event patterns and events are free-form JSON
type Json = any;

const isObject = (v: unknown): v is Record<string, Json> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** `*` matches any run of characters, `\*` a star. */
function wildcardRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && pattern[i + 1] === '*') {
      re += '\\*';
      i++;
    } else if (c === '*') re += '.*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

function stringOperator(op: string, operand: Json, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = isObject(operand) && 'equals-ignore-case' in operand ? operand['equals-ignore-case'] : operand;
  const fold = isObject(operand) && 'equals-ignore-case' in operand;
  const v = fold ? value.toLowerCase() : value;
  const t = fold ? String(text).toLowerCase() : String(text);
  if (op === 'prefix') return v.startsWith(t);
  if (op === 'suffix') return v.endsWith(t);
  if (op === 'wildcard') return wildcardRegExp(t).test(v);
  throw new Error(`event-pattern: unsupported string operator ${op}`);
}

function numeric(conditions: Json[], value: unknown): boolean {
  if (typeof value !== 'number') return false;
  for (let i = 0; i < conditions.length; i += 2) {
    const [op, bound] = [conditions[i], conditions[i + 1]];
    const ok =
      op === '='
        ? value === bound
        : op === '<'
          ? value < bound
          : op === '<='
            ? value <= bound
            : op === '>'
              ? value > bound
              : op === '>='
                ? value >= bound
                : undefined;
    if (ok === undefined) throw new Error(`event-pattern: unsupported numeric operator ${op}`);
    if (!ok) return false;
  }
  return true;
}

/** Whether one matcher of a leaf matches one (present) value. */
function matchesValue(matcher: Json, value: unknown): boolean {
  if (!isObject(matcher)) return matcher === value;
  const keys = Object.keys(matcher);
  if (keys.length !== 1)
    throw new Error(`event-pattern: a matcher has one operator, got ${JSON.stringify(matcher)}`);
  const [op] = keys;
  const operand = matcher[op];
  switch (op) {
    case 'prefix':
    case 'suffix':
    case 'wildcard':
      return stringOperator(op, operand, value);
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === String(operand).toLowerCase();
    case 'numeric':
      return numeric(operand, value);
    case 'exists':
      return operand === true;
    case 'anything-but': {
      if (isObject(operand)) {
        const [inner] = Object.keys(operand);
        const operands = Array.isArray(operand[inner]) ? operand[inner] : [operand[inner]];
        if (!['prefix', 'suffix', 'wildcard', 'equals-ignore-case'].includes(inner))
          throw new Error(`event-pattern: unsupported anything-but operator ${inner}`);
        if (inner === 'equals-ignore-case')
          return (
            typeof value !== 'string' ||
            !operands.some((o: string) => o.toLowerCase() === value.toLowerCase())
          );
        return typeof value === 'string' && !operands.some((o: Json) => stringOperator(inner, o, value));
      }
      return !(Array.isArray(operand) ? operand : [operand]).includes(value);
    }
    default:
      throw new Error(`event-pattern: unsupported operator ${op}`);
  }
}

/** A leaf (list of matchers) against the event's value at that key (undefined when absent). */
const OPERATORS = ['prefix', 'suffix', 'wildcard', 'equals-ignore-case', 'numeric', 'exists', 'anything-but'];

function matchesLeaf(matchers: Json[], value: unknown): boolean {
  for (const m of matchers)
    if (isObject(m) && !OPERATORS.includes(Object.keys(m)[0]))
      throw new Error(`event-pattern: unsupported operator ${Object.keys(m)[0]}`);
  if (value === undefined) return matchers.some((m) => isObject(m) && m.exists === false);
  const values = Array.isArray(value) ? value : [value];
  return matchers.some((m) => !(isObject(m) && m.exists === false) && values.some((v) => matchesValue(m, v)));
}

/** Whether `event` (or the part of it below a pattern object) matches `pattern`. */
export function matchesPattern(pattern: Record<string, Json>, event: Json): boolean {
  return Object.entries(pattern).every(([key, sub]) => {
    if (key === '$or') return (sub as Json[]).some((alt) => matchesPattern(alt, event));
    const value = isObject(event) ? event[key] : undefined;
    if (Array.isArray(sub)) return matchesLeaf(sub, value);
    if (!isObject(sub)) throw new Error(`event-pattern: ${key} must be a list of matchers or an object`);
    if (Array.isArray(value)) return value.some((item) => matchesPattern(sub, item));
    // An absent object still matches a sub-pattern that only asks for absent fields.
    return matchesPattern(sub, isObject(value) ? value : {});
  });
}
