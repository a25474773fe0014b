// An alert rule on the Okta System Log (monitoring.yaml alerts.oktaRules[]): the events that
// page, written as EventBridge content filters on System Log fields, and the Sigma rule or
// Okta guidance it implements.
//
//   match:                                   # every field must match (AND)
//     eventType: [policy.rule.update, policy.rule.delete]   # a value or a list: equals one
//     outcome.result: FAILURE
//     securityContext.isProxy: true
//     debugContext.debugData.requestUri: { wildcard: "*admin*" }
//     actor.alternateId: { anything-but: { wildcard: ["0oa*", "*@*.*"] } }
//     target.type: { prefix: App }           # also suffix, exists: true|false
//   anyOf:                                   # optional: and at least one of these (OR)
//     - debugContext.debugData.behaviors: { wildcard: "*POSITIVE*" }
//
// The operators are EventBridge's own (eb-create-pattern-operators), so a rule reads as the
// pattern it deploys.
import { z } from 'zod';
import { didYouMean } from '../did-you-mean';
import { httpsUrl, id, text } from './common';
import {
  type FieldType,
  inSystemLogList,
  OKTA_EVENT_TYPE,
  SYSTEM_LOG_FIELDS,
  SYSTEM_LOG_MAPS,
  systemLogField,
} from './okta-system-log';

export const MATCH_OPERATORS = ['prefix', 'suffix', 'wildcard', 'exists', 'anything-but'] as const;
const ANYTHING_BUT_OPERATORS = ['prefix', 'suffix', 'wildcard'] as const;

interface Problem {
  readonly path: readonly (string | number)[];
  readonly problem: string;
  readonly fix: string;
  readonly value: unknown;
  readonly atKey?: boolean;
}

const isScalar = (v: unknown): v is string | number | boolean | null =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

function example(type: FieldType): string {
  switch (type.kind) {
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'enum':
      return `one of: ${type.values.join(', ')}`;
    case 'eventType':
      return 'an Okta event type, e.g. "app.oauth2.as.consent.grant"';
    default:
      return 'a string';
  }
}

/** A problem with one value the field should equal (or not equal), or undefined when it fits. */
function checkValue(field: string, type: FieldType, value: unknown): string | undefined {
  if (value === null) return undefined;
  const fits =
    type.kind === 'boolean'
      ? typeof value === 'boolean'
      : type.kind === 'number'
        ? typeof value === 'number'
        : type.kind === 'enum'
          ? typeof value === 'string' && type.values.includes(value)
          : type.kind === 'eventType'
            ? typeof value === 'string' && OKTA_EVENT_TYPE.test(value)
            : typeof value === 'string';
  if (fits) return undefined;
  const suggestion =
    type.kind === 'enum' && typeof value === 'string' ? didYouMean(value, [...type.values]) : '';
  const quoted =
    type.kind === 'boolean' && (value === 'true' || value === 'false')
      ? `write ${value} without quotes: ${field} is a boolean in the System Log`
      : undefined;
  return quoted ?? `${suggestion}${field} takes ${example(type)}`;
}

/** A string operator's operand: text, and for eventType the characters event types have. */
function checkText(field: string, type: FieldType, op: string, operand: unknown): string | undefined {
  if (type.kind !== 'string' && type.kind !== 'eventType' && type.kind !== 'enum')
    return `${op} matches text, but ${field} takes ${example(type)}; write the value itself`;
  if (typeof operand !== 'string' || operand === '')
    return `${op} takes non-empty text, e.g. { ${op}: "user." }`;
  if (op === 'wildcard') {
    if (operand.includes('**')) return 'write one "*" for any run of characters, not "**"';
    if (!operand.replace(/\\\*/g, '').includes('*'))
      return `the wildcard has no "*"; write the value itself to match it exactly`;
  }
  if (type.kind === 'eventType' && !/^[a-z0-9_.*]+$/.test(operand))
    return 'event types are lowercase letters, digits, "_" and "."';
  return undefined;
}

function checkOperator(field: string, type: FieldType, at: (string | number)[], value: object): Problem[] {
  const keys = Object.keys(value);
  if (keys.length !== 1)
    return [
      {
        path: at,
        problem: `an operator mapping has exactly one of ${MATCH_OPERATORS.join(', ')}, got ${keys.length ? keys.join(', ') : 'none'}`,
        fix: 'write one operator per mapping; to require two conditions use anyOf or another field',
        value,
      },
    ];
  const [op] = keys;
  const operand = (value as Record<string, unknown>)[op];
  const here = [...at, op];
  const problem = (message: string): Problem[] => [
    { path: here, problem: `invalid ${op} for "${field}"`, fix: message, value: operand },
  ];
  if (!(MATCH_OPERATORS as readonly string[]).includes(op))
    return [
      {
        path: here,
        problem: `unknown operator "${op}"`,
        fix: `${didYouMean(op, [...MATCH_OPERATORS])}operators: ${MATCH_OPERATORS.join(', ')} (or write the value itself to match it exactly)`,
        value: op,
        atKey: true,
      },
    ];
  if (op === 'exists')
    return typeof operand === 'boolean' ? [] : problem('write { exists: true } or { exists: false }');
  if (op !== 'anything-but') {
    const bad = checkText(field, type, op, operand);
    return bad ? problem(bad) : [];
  }
  // anything-but: a value, a list of values, or one of prefix / suffix / wildcard.
  if (isScalar(operand) || Array.isArray(operand)) {
    const values = Array.isArray(operand) ? operand : [operand];
    if (values.length === 0) return problem('list at least one value the field must not equal');
    return values.flatMap((v, i) => {
      const bad = isScalar(v) ? checkValue(field, type, v) : `${field} takes ${example(type)}`;
      return bad
        ? [
            {
              path: Array.isArray(operand) ? [...here, i] : here,
              problem: `invalid value for "${field}"`,
              fix: bad,
              value: v,
            },
          ]
        : [];
    });
  }
  const inner = Object.keys(operand as object);
  const innerOp = inner[0];
  if (inner.length !== 1 || !(ANYTHING_BUT_OPERATORS as readonly string[]).includes(innerOp))
    return problem(
      `anything-but takes a value, a list of values, or one of { prefix }, { suffix }, { wildcard }${innerOp ? `; ${didYouMean(innerOp, [...ANYTHING_BUT_OPERATORS])}`.replace(/; $/, '') : ''}`,
    );
  const innerOperand = (operand as Record<string, unknown>)[innerOp];
  const operands = innerOp === 'wildcard' && Array.isArray(innerOperand) ? innerOperand : [innerOperand];
  return operands.flatMap((o, i) => {
    const bad = checkText(field, type, innerOp, o);
    return bad
      ? [
          {
            path:
              operands.length > 1 || Array.isArray(innerOperand) ? [...here, innerOp, i] : [...here, innerOp],
            problem: `invalid anything-but ${innerOp} for "${field}"`,
            fix: bad,
            value: o,
          },
        ]
      : [];
  });
}

/** Every problem of one match mapping (field → value, list of values or operator). */
export function matchProblems(match: Record<string, unknown>, at: (string | number)[]): Problem[] {
  const known = [...SYSTEM_LOG_FIELDS.keys()];
  return Object.entries(match).flatMap(([field, value]): Problem[] => {
    const type = systemLogField(field);
    const here = [...at, field];
    if (!type)
      return [
        {
          path: here,
          problem: `"${field}" is not a System Log field`,
          fix: `${didYouMean(field, known)}write a field of the Okta System Log event, e.g. outcome.result, target.type, securityContext.isProxy, or a key under ${SYSTEM_LOG_MAPS.join('.*, ')}.*`,
          value: field,
          atKey: true,
        },
      ];
    if (isScalar(value)) {
      const bad = checkValue(field, type, value);
      return bad ? [{ path: here, problem: `invalid value for "${field}"`, fix: bad, value }] : [];
    }
    if (Array.isArray(value)) {
      if (value.length === 0)
        return [{ path: here, problem: `no values for "${field}"`, fix: 'list at least one value', value }];
      return value.flatMap((v, i): Problem[] => {
        if (!isScalar(v))
          return [
            {
              path: [...here, i],
              problem: `invalid value for "${field}"`,
              fix: `a list holds the values the field may equal; for an operator write "${field}: { prefix: ... }"`,
              value: v,
            },
          ];
        const bad = checkValue(field, type, v);
        return bad
          ? [{ path: [...here, i], problem: `invalid value for "${field}"`, fix: bad, value: v }]
          : [];
      });
    }
    return checkOperator(field, type, here, value as object);
  });
}

const match = z.record(z.string(), z.unknown());

const implementsSchema = z.strictObject({
  /** SigmaHQ rule id (rules/identity/okta/*.yml `id`). */
  sigma: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
      error: 'Sigma rule ids are UUIDs, e.g. "bde30855-5c53-4c18-ae90-1ff79ebc9578"',
    })
    .optional(),
  /** Okta guidance (a help, security or developer page) the rule follows. */
  okta: httpsUrl.optional(),
  /** The Sigma rule's or the guidance's title. */
  title: text,
  /** The Sigma rule's author: the Detection Rule License has alerts from it name them. */
  author: text.optional(),
});

export const oktaAlertRule = z
  .strictObject({
    id,
    /** What the page says happened. */
    title: text,
    implements: implementsSchema,
    match,
    anyOf: z.array(match).min(2).optional(),
    /**
     * Fields of the event the alert carries; by default the whole event. Set it when a field
     * may hold a secret (a password typed as a username).
     */
    eventFields: z.array(z.string()).min(1).optional(),
  })
  .superRefine((rule, ctx) => {
    const add = (p: Problem) =>
      ctx.addIssue({
        code: 'custom',
        path: [...p.path],
        message: p.fix,
        input: p.value,
        params: { problem: p.problem, atKey: p.atKey === true },
      });
    if (Object.keys(rule.match).length === 0)
      add({
        path: ['match'],
        problem: 'the rule matches no field',
        fix: 'add at least "eventType:" so the rule does not page on every Okta event',
        value: rule.match,
      });
    matchProblems(rule.match, ['match']).forEach(add);
    rule.anyOf?.forEach((alt, i) => {
      matchProblems(alt, ['anyOf', i]).forEach(add);
      if (Object.keys(alt).length === 0)
        add({
          path: ['anyOf', i],
          problem: 'an empty alternative',
          fix: 'name at least one field',
          value: alt,
        });
    });
    const cite = rule.implements;
    if ((cite.sigma === undefined) === (cite.okta === undefined))
      add({
        path: ['implements'],
        problem: 'a rule implements exactly one Sigma rule or one piece of Okta guidance',
        fix: 'write "sigma: <rule id>" (SigmaHQ rules/identity/okta) or "okta: https://..." (the guidance page)',
        value: cite,
      });
    else if (cite.sigma !== undefined && cite.author === undefined)
      add({
        path: ['implements'],
        problem: 'missing the Sigma rule\'s "author"',
        fix: "copy the rule's author field: the Detection Rule License 1.1 has alerts from its rules name their authors",
        value: cite,
      });
    rule.eventFields?.forEach((field, i) => {
      if (!systemLogField(field) || inSystemLogList(field))
        add({
          path: ['eventFields', i],
          problem: `"${field}" cannot be carried`,
          fix: `${systemLogField(field) ? '' : didYouMean(field, [...SYSTEM_LOG_FIELDS.keys()])}name a System Log field outside the target and request.ipChain lists, e.g. uuid, eventType, client.ipAddress`,
          value: field,
        });
    });
  });

export type OktaAlertRule = z.infer<typeof oktaAlertRule>;
