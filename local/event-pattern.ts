/**
 * Local implementation of Amazon EventBridge event pattern matching.
 *
 * The local runtime routes events with the same rule patterns that CDK deploys, so this module follows the
 * semantics of the AWS EventBridge user guide ("Amazon EventBridge event patterns", "Arrays in Amazon EventBridge
 * event patterns", "Matching null values and empty strings", "Content filtering in Amazon EventBridge event
 * patterns" / "Comparison operators for use in event patterns"):
 *
 * - Every key in the pattern must be present in the event (AND); a leaf pattern is a non-empty array of
 *   alternatives (OR). The only way to match an absent field is `{ "exists": false }`.
 * - When the event value is an array, the field matches if any element matches. Arrays of objects are matched
 *   element by element against a nested pattern.
 * - Nested pattern objects descend into nested event objects.
 * - `$or` (at any object level) is a list of sub-patterns of which at least one must match that same level.
 * - Matchers: exact value (string, number, boolean, null), `prefix`, `suffix` (both also with
 *   `{ "equals-ignore-case": ... }`), `equals-ignore-case`, `wildcard`, `anything-but` (value, list, `prefix`,
 *   `suffix`, `wildcard`, `equals-ignore-case`), `numeric`, `exists`, `cidr` (IPv4 and IPv6).
 *
 * Malformed patterns (unknown operator, leaf that is not an array, empty array, wrong operand type) throw an Error
 * instead of silently never matching.
 */

export type EventPattern = Record<string, unknown>;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class EventPatternError extends Error {
  constructor(path: string, message: string) {
    super(`Invalid event pattern at "${path || '<root>'}": ${message}`);
    this.name = 'EventPatternError';
  }
}

/** Returns true when `event` matches the EventBridge `pattern`. Throws on a malformed pattern. */
export function matchesPattern(pattern: EventPattern, event: Record<string, unknown>): boolean {
  if (!isObject(pattern)) {
    throw new EventPatternError('', 'pattern must be a JSON object');
  }
  return matchObject(pattern, event, '');
}

function matchObject(pattern: JsonObject, event: JsonObject, path: string): boolean {
  for (const [key, patternValue] of Object.entries(pattern)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (key === '$or') {
      if (!Array.isArray(patternValue) || patternValue.length === 0) {
        throw new EventPatternError(keyPath, '$or must be a non-empty array of sub-patterns');
      }
      const subPatterns = patternValue.map((sub, index) => {
        if (!isObject(sub)) {
          throw new EventPatternError(`${keyPath}[${index}]`, '$or entries must be objects');
        }
        return sub;
      });
      // Evaluate all branches (not short-circuit) so malformed branches are always reported.
      const results = subPatterns.map((sub, index) => matchObject(sub, event, `${keyPath}[${index}]`));
      if (!results.some(Boolean)) {
        return false;
      }
      continue;
    }

    // JSON has no `undefined`; a key explicitly set to undefined is treated as absent.
    const eventValue = Object.hasOwn(event, key) ? event[key] : undefined;
    const present = eventValue !== undefined;
    if (!matchField(patternValue, present, eventValue, keyPath)) {
      return false;
    }
  }
  return true;
}

function matchField(patternValue: unknown, present: boolean, eventValue: unknown, path: string): boolean {
  if (isObject(patternValue)) {
    return matchNested(patternValue, present, eventValue, path);
  }
  if (!Array.isArray(patternValue)) {
    throw new EventPatternError(path, 'a leaf value must be an array of match values');
  }
  if (patternValue.length === 0) {
    throw new EventPatternError(path, 'empty arrays are not allowed');
  }
  const matchers = patternValue.map((raw, index) => compileMatcher(raw, `${path}[${index}]`));
  const leaves = present ? leafValues(eventValue) : [];
  if (leaves.length === 0) {
    // Absent field, an object (not a leaf), or an empty array: only `exists: false` matches.
    return matchers.some((m) => m.kind === 'exists' && !m.exists);
  }
  return matchers.some((m) => leaves.some((leaf) => m.test(leaf)));
}

function matchNested(pattern: JsonObject, present: boolean, eventValue: unknown, path: string): boolean {
  if (present && Array.isArray(eventValue)) {
    const objects = flatten(eventValue).filter(isObject);
    if (objects.length > 0) {
      // Validate the pattern once even if an early element already matches.
      const results = objects.map((obj) => matchObject(pattern, obj, path));
      return results.some(Boolean);
    }
  }
  // A missing or non-object value behaves like an object without fields, so only `exists: false` can match.
  return matchObject(pattern, present && isObject(eventValue) ? eventValue : {}, path);
}

function flatten(values: unknown[]): unknown[] {
  return values.flatMap((value) => (Array.isArray(value) ? flatten(value) : [value]));
}

/** Leaf (non-object) values of an event field; arrays are flattened, objects are not leaves. */
function leafValues(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return flatten(value).filter((v) => !isObject(v));
  }
  return isObject(value) ? [] : [value];
}

// ---------------------------------------------------------------------------------------------------------------
// Matchers
// ---------------------------------------------------------------------------------------------------------------

type Matcher =
  | { kind: 'exists'; exists: boolean; test: (value: unknown) => boolean }
  | { kind: 'value'; test: (value: unknown) => boolean };

const valueMatcher = (test: (value: unknown) => boolean): Matcher => ({ kind: 'value', test });

function compileMatcher(raw: unknown, path: string): Matcher {
  if (raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    return valueMatcher((value) => value === raw);
  }
  if (!isObject(raw)) {
    throw new EventPatternError(path, `unsupported match value ${JSON.stringify(raw)}`);
  }
  const keys = Object.keys(raw);
  if (keys.length !== 1) {
    throw new EventPatternError(path, `a matcher object must have exactly one operator, got ${JSON.stringify(keys)}`);
  }
  const operator = keys[0] as string;
  const operand = raw[operator];
  const opPath = `${path}.${operator}`;
  switch (operator) {
    case 'prefix':
    case 'suffix': {
      const test = compileAffix(operator, operand, opPath);
      return valueMatcher((value) => typeof value === 'string' && test(value));
    }
    case 'equals-ignore-case': {
      const expected = requireString(operand, opPath).toLowerCase();
      return valueMatcher((value) => typeof value === 'string' && value.toLowerCase() === expected);
    }
    case 'wildcard': {
      const regex = compileWildcard(requireString(operand, opPath), opPath);
      return valueMatcher((value) => typeof value === 'string' && regex.test(value));
    }
    case 'anything-but':
      return compileAnythingBut(operand, opPath);
    case 'numeric': {
      const test = compileNumeric(operand, opPath);
      return valueMatcher((value) => typeof value === 'number' && test(value));
    }
    case 'exists': {
      if (typeof operand !== 'boolean') {
        throw new EventPatternError(opPath, 'exists must be true or false');
      }
      // Only called for present leaf values: those satisfy `exists: true` and never `exists: false`.
      return { kind: 'exists', exists: operand, test: () => operand };
    }
    case 'cidr': {
      const test = compileCidr(requireString(operand, opPath), opPath);
      return valueMatcher((value) => typeof value === 'string' && test(value));
    }
    default:
      throw new EventPatternError(path, `unknown matcher operator "${operator}"`);
  }
}

function requireString(operand: unknown, path: string): string {
  if (typeof operand !== 'string') {
    throw new EventPatternError(path, `expected a string, got ${JSON.stringify(operand)}`);
  }
  return operand;
}

/** `prefix` / `suffix` with a string or `{ "equals-ignore-case": string }`. */
function compileAffix(kind: 'prefix' | 'suffix', operand: unknown, path: string): (value: string) => boolean {
  let expected: string;
  let ignoreCase = false;
  if (typeof operand === 'string') {
    expected = operand;
  } else if (isObject(operand) && Object.keys(operand).length === 1 && 'equals-ignore-case' in operand) {
    expected = requireString(operand['equals-ignore-case'], `${path}.equals-ignore-case`).toLowerCase();
    ignoreCase = true;
  } else {
    throw new EventPatternError(path, `${kind} must be a string or { "equals-ignore-case": string }`);
  }
  return (value) => {
    const subject = ignoreCase ? value.toLowerCase() : value;
    return kind === 'prefix' ? subject.startsWith(expected) : subject.endsWith(expected);
  };
}

/** `*` matches any (possibly empty) run of characters; `\*` is a literal star and `\\` a literal backslash. */
function compileWildcard(pattern: string, path: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') {
        throw new EventPatternError(path, `invalid escape in wildcard "${pattern}" (only \\* and \\\\ are allowed)`);
      }
      source += escapeRegex(next);
      i++;
    } else if (ch === '*') {
      source += '.*';
    } else {
      source += escapeRegex(ch);
    }
  }
  return new RegExp(`^${source}$`, 's');
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function stringList(operand: unknown, path: string): string[] {
  const list = Array.isArray(operand) ? operand : [operand];
  if (list.length === 0) {
    throw new EventPatternError(path, 'empty arrays are not allowed');
  }
  return list.map((item, index) => requireString(item, Array.isArray(operand) ? `${path}[${index}]` : path));
}

function compileAnythingBut(operand: unknown, path: string): Matcher {
  const isScalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';
  if (isScalar(operand)) {
    return valueMatcher((value) => value !== operand);
  }
  if (Array.isArray(operand)) {
    if (operand.length === 0) {
      throw new EventPatternError(path, 'empty arrays are not allowed');
    }
    operand.forEach((item, index) => {
      if (!isScalar(item)) {
        throw new EventPatternError(`${path}[${index}]`, 'anything-but lists may contain only strings or numbers');
      }
    });
    return valueMatcher((value) => !operand.includes(value));
  }
  if (!isObject(operand) || Object.keys(operand).length !== 1) {
    throw new EventPatternError(path, 'anything-but must be a string, number, list or a single-operator object');
  }
  const inner = Object.keys(operand)[0] as string;
  const innerOperand = operand[inner];
  const innerPath = `${path}.${inner}`;
  let excluded: (value: string) => boolean;
  switch (inner) {
    case 'prefix':
    case 'suffix': {
      const tests = stringList(innerOperand, innerPath).map((s) => compileAffix(inner, s, innerPath));
      excluded = (value) => tests.some((t) => t(value));
      break;
    }
    case 'equals-ignore-case': {
      const lowered = stringList(innerOperand, innerPath).map((s) => s.toLowerCase());
      excluded = (value) => lowered.includes(value.toLowerCase());
      break;
    }
    case 'wildcard': {
      const regexes = stringList(innerOperand, innerPath).map((s) => compileWildcard(s, innerPath));
      excluded = (value) => regexes.some((r) => r.test(value));
      break;
    }
    default:
      throw new EventPatternError(path, `unknown anything-but operator "${inner}"`);
  }
  // Non-string values can never satisfy a string condition, so they are "anything but" it.
  return valueMatcher((value) => typeof value !== 'string' || !excluded(value));
}

const NUMERIC_OPERATORS = {
  '=': (a: number, b: number) => a === b,
  '<': (a: number, b: number) => a < b,
  '<=': (a: number, b: number) => a <= b,
  '>': (a: number, b: number) => a > b,
  '>=': (a: number, b: number) => a >= b,
} as const;

function compileNumeric(operand: unknown, path: string): (value: number) => boolean {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0) {
    throw new EventPatternError(path, 'numeric must be a list of operator/number pairs, e.g. [">", 0, "<=", 5]');
  }
  const conditions: Array<(value: number) => boolean> = [];
  for (let i = 0; i < operand.length; i += 2) {
    const op = operand[i];
    const bound = operand[i + 1];
    if (typeof op !== 'string' || !Object.hasOwn(NUMERIC_OPERATORS, op)) {
      throw new EventPatternError(path, `unknown numeric operator ${JSON.stringify(op)}`);
    }
    if (typeof bound !== 'number' || !Number.isFinite(bound)) {
      throw new EventPatternError(path, `numeric operand for "${op}" must be a finite number`);
    }
    const compare = NUMERIC_OPERATORS[op as keyof typeof NUMERIC_OPERATORS];
    conditions.push((value) => compare(value, bound));
  }
  return (value) => conditions.every((condition) => condition(value));
}

// ---------------------------------------------------------------------------------------------------------------
// CIDR
// ---------------------------------------------------------------------------------------------------------------

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let result = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    result = (result << 8n) | BigInt(octet);
  }
  return result;
}

function parseIpv6(text: string): bigint | undefined {
  let address = text;
  // Embedded IPv4 tail, e.g. ::ffff:10.0.0.1
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIpv4(tail);
    if (v4 === undefined) return undefined;
    address = `${address.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  let result = 0n;
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    result = (result << 16n) | BigInt(Number.parseInt(group, 16));
  }
  return result;
}

function parseIp(text: string): { bits: 32 | 128; value: bigint } | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

function compileCidr(cidr: string, path: string): (value: string) => boolean {
  const [addressText, prefixText, ...extra] = cidr.split('/');
  const network = addressText === undefined ? undefined : parseIp(addressText);
  if (network === undefined || extra.length > 0) {
    throw new EventPatternError(path, `invalid CIDR "${cidr}"`);
  }
  // A bare address is treated as a single-host range.
  const prefix = prefixText === undefined ? network.bits : Number(prefixText);
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > network.bits ||
    (prefixText !== undefined && !/^\d+$/.test(prefixText))
  ) {
    throw new EventPatternError(path, `invalid CIDR prefix length in "${cidr}"`);
  }
  const hostBits = BigInt(network.bits - prefix);
  const base = network.value >> hostBits;
  return (value) => {
    const ip = parseIp(value);
    return ip !== undefined && ip.bits === network.bits && ip.value >> hostBits === base;
  };
}
