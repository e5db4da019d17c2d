/**
 * Links between codes: same-named twins in the extended and server error-info tables, ranges, and pairs
 * the sources discuss together. Also the guides written for a main + extended pair.
 */
import { situations } from '../situations';
import { pairGuides } from '../situations/guides';
import type { CodeGuide, CodeRelation, ErrorCode } from './schema';

/** Guides written for a pair of codes (a situation listing one disconnect and one extended code). The decoder
 * recognises the pair; code pages link every situation's guide through situations/guides.ts. */
export const codeGuides: readonly CodeGuide[] = pairGuides(situations);

/** Pairs the sources read together, beyond the twins (rdp-facts.md §1c, §2.1). */
const seeAlso: readonly (readonly [
  from: Pick<ErrorCode, 'family' | 'value'>,
  to: Pick<ErrorCode, 'family' | 'value'>,
])[] = [
  [
    { family: 'disconnect', value: 0x3 },
    { family: 'extended', value: 0x9 },
  ],
  [
    { family: 'disconnect', value: 0x904 },
    { family: 'extended', value: 0x7 },
  ],
  [
    { family: 'disconnect', value: 0x904 },
    { family: 'disconnect', value: 0x204 },
  ],
  [
    { family: 'disconnect', value: 0x904 },
    { family: 'disconnect', value: 0x108 },
  ],
  // Same number, different tables: the fatal client error 0x7 is easy to mistake for the extended 0x7 shown with 0x904.
  [
    { family: 'fatal', value: 0x7 },
    { family: 'extended', value: 0x7 },
  ],
];

/** Extended values 1–0x10A mirror the server error-info values of the same number and name (rdp-facts.md §1b). */
const TWIN_MAX = 0x10a;
/** ExtendedDisconnectReasonCode's protocol-error range, which the server error-info protocol codes fall into. */
const PROTOCOL_RANGE = { start: 0x1000, end: 0x7fff };

export function linkCodes(codes: readonly ErrorCode[]): ErrorCode[] {
  const has = (family: ErrorCode['family'], value: number) =>
    codes.some((c) => c.family === family && c.value === value);
  return codes.map((code) => {
    const links: CodeRelation[] = [...code.related];
    const add = (link: CodeRelation) => {
      if (!links.some((l) => l.family === link.family && l.value === link.value)) links.push(link);
    };
    const twinFamily = code.family === 'extended' ? 'errinfo' : code.family === 'errinfo' ? 'extended' : null;
    if (twinFamily && code.value >= 1 && code.value <= TWIN_MAX && has(twinFamily, code.value))
      add({ family: twinFamily, value: code.value, relation: 'twin' });
    if (code.family === 'errinfo' && code.value >= PROTOCOL_RANGE.start && code.value <= PROTOCOL_RANGE.end)
      add({ family: 'extended', value: PROTOCOL_RANGE.start, relation: 'range' });
    for (const [from, to] of seeAlso) {
      if (from.family === code.family && from.value === code.value) add({ ...to, relation: 'see-also' });
      if (to.family === code.family && to.value === code.value) add({ ...from, relation: 'see-also' });
    }
    return { ...code, related: links };
  });
}
