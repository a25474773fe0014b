// CloudWatch Logs JSON filter patterns (`{ ($.eventName = X) && ... }`), the subset the CIS
// benchmark and our metric filters use: parsed, matched against an event, and expanded into
// the events that satisfy them. Comparing two patterns then means: every event one matches, the
// other matches too. Used to check the synthesized CIS filters against the benchmark's text.

export type Comparison =
  | {
      readonly kind: 'cmp';
      readonly path: readonly string[];
      readonly op: '=' | '!=';
      readonly value: string;
    }
  | { readonly kind: 'missing'; readonly path: readonly string[] };
export type Expression = Comparison | { readonly kind: 'and' | 'or'; readonly parts: readonly Expression[] };

export type LogEvent = { readonly [key: string]: string | LogEvent };

const TOKEN = /\s*(\(|\)|&&|\|\||!=|=|NOT EXISTS|"(?:[^"\\]|\\.)*"|[^\s()=!&|"]+)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m)
      throw new Error(`cannot read the filter pattern at ${at}: ${JSON.stringify(text.slice(at, at + 20))}`);
    tokens.push(m[1]);
  }
  return tokens;
}

/** Parses `{ expression }`; `&&` binds tighter than `||`. */
export function parseFilterPattern(pattern: string): Expression {
  const trimmed = pattern.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) {
    throw new Error(`expected a JSON filter pattern in braces, got ${JSON.stringify(pattern)}`);
  }
  const tokens = tokenize(trimmed.slice(1, -1));
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`the filter pattern ends early: ${JSON.stringify(pattern)}`);
    return t;
  };
  const group = (kind: 'and' | 'or', parts: Expression[]): Expression =>
    parts.length === 1 ? parts[0] : { kind, parts };
  const or = (): Expression => {
    const parts = [and()];
    while (peek() === '||') {
      i++;
      parts.push(and());
    }
    return group('or', parts);
  };
  const and = (): Expression => {
    const parts = [unary()];
    while (peek() === '&&') {
      i++;
      parts.push(unary());
    }
    return group('and', parts);
  };
  const unary = (): Expression => {
    if (peek() === '(') {
      i++;
      const inner = or();
      if (next() !== ')') throw new Error(`unbalanced parentheses in ${JSON.stringify(pattern)}`);
      return inner;
    }
    const selector = next();
    if (!/^\$(\.[A-Za-z0-9_]+)+$/.test(selector)) {
      throw new Error(`expected a selector like $.eventName, got ${JSON.stringify(selector)}`);
    }
    const path = selector.split('.').slice(1);
    const op = next();
    if (op === 'NOT EXISTS') return { kind: 'missing', path };
    if (op !== '=' && op !== '!=')
      throw new Error(`expected =, != or NOT EXISTS after ${selector}, got ${op}`);
    const raw = next();
    const value = raw.startsWith('"') ? JSON.parse(raw) : raw;
    return { kind: 'cmp', path, op, value };
  };
  const expression = or();
  if (i !== tokens.length)
    throw new Error(`unexpected ${JSON.stringify(tokens[i])} in ${JSON.stringify(pattern)}`);
  return expression;
}

function valueAt(event: LogEvent, path: readonly string[]): string | LogEvent | undefined {
  let at: string | LogEvent | undefined = event;
  for (const key of path) at = typeof at === 'object' ? at[key] : undefined;
  return at;
}

/** `*` in a value matches any run of characters (CloudWatch's wildcard). */
const wildcard = (value: string) =>
  new RegExp(
    `^${value
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** Whether the expression selects the event. A comparison on an absent field does not match. */
export function matches(expression: Expression, event: LogEvent): boolean {
  switch (expression.kind) {
    case 'and':
      return expression.parts.every((p) => matches(p, event));
    case 'or':
      return expression.parts.some((p) => matches(p, event));
    case 'missing':
      return valueAt(event, expression.path) === undefined;
    case 'cmp': {
      const value = valueAt(event, expression.path);
      if (typeof value !== 'string') return false;
      return wildcard(expression.value).test(value) === (expression.op === '=');
    }
  }
}

/** The expression as a disjunction of conjunctions of comparisons. */
export function disjuncts(expression: Expression): Comparison[][] {
  switch (expression.kind) {
    case 'or':
      return expression.parts.flatMap(disjuncts);
    case 'and':
      return expression.parts
        .map(disjuncts)
        .reduce<Comparison[][]>((acc, options) => acc.flatMap((a) => options.map((o) => [...a, ...o])), [[]]);
    default:
      return [[expression]];
  }
}

function withValue(event: LogEvent, path: readonly string[], value: string): LogEvent {
  const [head, ...rest] = path;
  const inner = event[head];
  return {
    ...event,
    [head]: rest.length ? withValue(typeof inner === 'object' ? inner : {}, rest, value) : value,
  };
}

/**
 * One event per conjunction that satisfies it (`*` becomes `Example`, a field that must differ
 * gets `other`), or none for a contradictory conjunction.
 */
export function witnesses(expression: Expression): LogEvent[] {
  const events: LogEvent[] = [];
  for (const conjunction of disjuncts(expression)) {
    let event: LogEvent = {};
    for (const c of conjunction)
      if (c.kind === 'cmp' && c.op === '=')
        event = withValue(event, c.path, c.value.replace(/\*/g, 'Example'));
    for (const c of conjunction)
      if (c.kind === 'cmp' && c.op === '!=' && valueAt(event, c.path) === undefined)
        event = withValue(event, c.path, 'other');
    if (conjunction.every((c) => matches(c, event))) events.push(event);
  }
  return events;
}

/**
 * Events a conjunction excludes: for each `!=` or NOT EXISTS in it, its witness with that one
 * condition broken (the excluded value, or the field present).
 */
export function exclusions(expression: Expression): LogEvent[] {
  const events: LogEvent[] = [];
  for (const conjunction of disjuncts(expression)) {
    const [base] = witnesses({ kind: 'and', parts: conjunction });
    if (!base) continue;
    for (const c of conjunction) {
      if (c.kind === 'missing') events.push(withValue(base, c.path, 'present'));
      else if (c.op === '!=') events.push(withValue(base, c.path, c.value.replace(/\*/g, 'Example')));
    }
  }
  return events;
}

export interface PatternComparison {
  /** Events the benchmark's pattern selects that ours misses. */
  readonly missed: LogEvent[];
  /** Events the benchmark excludes that ours selects. */
  readonly unexcluded: LogEvent[];
  /** Events ours selects that the benchmark does not (beyond the declared additions). */
  readonly extra: LogEvent[];
}

/** Compares our pattern with the benchmark's; `isAddition` names events we select on purpose. */
export function comparePatterns(
  ours: string,
  benchmark: string,
  isAddition: (event: LogEvent) => boolean = () => false,
): PatternComparison {
  const mine = parseFilterPattern(ours);
  const theirs = parseFilterPattern(benchmark);
  return {
    missed: witnesses(theirs).filter((e) => !matches(mine, e)),
    unexcluded: exclusions(theirs).filter((e) => !matches(theirs, e) && matches(mine, e)),
    extra: witnesses(mine).filter((e) => !matches(theirs, e) && !isAddition(e)),
  };
}
