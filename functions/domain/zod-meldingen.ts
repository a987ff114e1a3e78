// Domain core: the text of zod issues that carry no message of our own, in Dutch like every message we write.
// zod/mini loads no locale, so such an issue would read only "Invalid input"; zod's own English locale costs about
// 3 KB minified in every function, this one a third of it and covers the issue codes our schemas raise. Every module
// that parses imports this file for its effect, so the texts are set before the first parse.
import * as z from 'zod/mini';
import type { $ZodRawIssue } from 'zod/v4/core';

const EENHEID: Record<string, string> = { string: 'tekens', array: 'items', set: 'items', map: 'items', file: 'bytes' };
const FORMAAT: Record<string, string> = {
  date: 'een datum als JJJJ-MM-DD',
  datetime: 'een ISO 8601-tijdstip',
  uuid: 'een UUID',
  email: 'een e-mailadres',
  url: 'een URL',
};

const soortVan = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isNaN(v) ? 'NaN' : typeof v;
const toon = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** The message of one issue; the problem body's `errors[].melding` (functions/handlers/http/probleem.ts). */
export function zodMelding(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `verwacht ${issue.expected}, kreeg ${soortVan(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `verwacht ${toon(issue.values[0])}`
        : `verwacht een van ${issue.values.map(toon).join(' | ')}`;
    case 'too_big':
    case 'too_small': {
      const groot = issue.code === 'too_big';
      const grens = groot ? issue.maximum : issue.minimum;
      const hoe = issue.exact
        ? 'precies'
        : groot
          ? issue.inclusive
            ? 'hoogstens'
            : 'minder dan'
          : issue.inclusive
            ? 'minstens'
            : 'meer dan';
      const eenheid = EENHEID[issue.origin] ?? '';
      return `te ${groot ? 'groot' : 'klein'}: verwacht ${hoe} ${String(grens)}${eenheid ? ` ${eenheid}` : ''}`;
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? `ongeldig formaat: verwacht het patroon ${issue.pattern}`
        : `ongeldig formaat: verwacht ${FORMAAT[issue.format] ?? issue.format}`;
    case 'not_multiple_of':
      return `verwacht een veelvoud van ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `onbekend veld: ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      const opties = (issue as { options?: unknown[] }).options;
      return opties?.length ? `verwacht een van ${opties.map(toon).join(' | ')}` : 'ongeldige invoer';
    }
    default:
      return 'ongeldige invoer';
  }
}

z.config({ localeError: zodMelding });
