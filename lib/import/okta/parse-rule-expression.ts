// Reads an Okta group rule's expression back into the config's rule (departments, types,
// titles): the inverse of lib/okta/specs/group-rule-expression.ts. Only that shape is
// understood — AND across attributes, OR within one, `==` on a string literal — since only
// it can be written in groups.yaml; anything else comes back as the reason it cannot.

export interface ParsedRule {
  /** Department display names, as users carry them in `user.department`. */
  readonly departments?: readonly string[];
  readonly types?: readonly string[];
  readonly titles?: readonly string[];
}

const ATTRIBUTES = {
  'user.department': 'departments',
  'user.userType': 'types',
  'user.title': 'titles',
} as const;

type Token = { kind: 'word' | 'string' | 'op'; text: string };

function tokenize(expression: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const c = expression[i];
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= expression.length) return 'the expression has an unterminated string';
        if (expression[i] === "'" && expression[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (expression[i] === "'") {
          i++;
          break;
        } else text += expression[i++];
      }
      tokens.push({ kind: 'string', text });
    } else if (['==', '&&', '||'].includes(expression.slice(i, i + 2))) {
      tokens.push({ kind: 'op', text: expression.slice(i, i + 2) });
      i += 2;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: 'op', text: c });
      i++;
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(expression.slice(i));
      if (!word)
        return `it uses "${/^\S{1,6}/.exec(expression.slice(i))![0]}", which the config's rules cannot say`;
      tokens.push({ kind: 'word', text: word[0] });
      i += word[0].length;
    }
  }
  return tokens;
}

/** The rule, or why the expression cannot be written as one. */
export function parseRuleExpression(expression: string): ParsedRule | { readonly unsupported: string } {
  const tokens = tokenize(expression.trim());
  if (typeof tokens === 'string') return { unsupported: tokens };
  if (tokens.length === 1 && tokens[0].kind === 'word' && tokens[0].text === 'true') return {};
  const rule: Record<string, string[]> = {};
  let at = 0;
  const peek = () => tokens[at];
  const comparison = (): { key: string; value: string } | string => {
    const attr = tokens[at];
    const op = tokens[at + 1];
    const value = tokens[at + 2];
    if (attr?.kind !== 'word' || !(attr.text in ATTRIBUTES))
      return `it tests ${attr ? `"${attr.text}"` : 'nothing'}; rules can test only user.department, user.userType and user.title`;
    if (op?.text !== '==' || value?.kind !== 'string')
      return `it compares ${attr.text} other than with == on a quoted value`;
    at += 3;
    return { key: ATTRIBUTES[attr.text as keyof typeof ATTRIBUTES], value: value.text };
  };
  for (;;) {
    const values: { key: string; value: string }[] = [];
    if (peek()?.text === '(') {
      at++;
      for (;;) {
        const c = comparison();
        if (typeof c === 'string') return { unsupported: c };
        values.push(c);
        if (peek()?.text === '||') at++;
        else break;
      }
      if (peek()?.text !== ')') return { unsupported: 'its parentheses group more than one attribute' };
      at++;
    } else {
      const c = comparison();
      if (typeof c === 'string') return { unsupported: c };
      values.push(c);
    }
    const keys = new Set(values.map((v) => v.key));
    if (keys.size > 1) return { unsupported: 'it ORs different attributes' };
    const [key] = keys;
    if (rule[key]) return { unsupported: `it tests ${key} in two places` };
    rule[key] = values.map((v) => v.value);
    if (at === tokens.length) break;
    if (peek()?.text !== '&&') return { unsupported: `it uses "${peek()?.text}" where only && fits` };
    at++;
  }
  return rule;
}
