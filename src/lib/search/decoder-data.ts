/**
 * What the browser's code search needs, as plain data: every code's identity and meaning, the pair guides and the
 * situations' codes and messages. The build writes it once (src/pages/codes/decoder.json.ts) and pages fetch it on
 * first use, so the catalogue (with its sources and notes) never becomes page JavaScript: JSON costs a browser far
 * less to parse than the same data as a script, and every page's search shares one cached file.
 */
import type { CodeGuide, ErrorCode } from '../../catalogue/error-codes';
import type { DecoderCode } from '../decoder';
import type { SituationRef } from './situation-hits';

export interface DecoderData {
  /** Bump when the shape changes: a page only reads data of its own version. */
  readonly version: 1;
  readonly codes: readonly DecoderCode[];
  readonly guides: readonly CodeGuide[];
  readonly situations: readonly SituationRef[];
}

export const DECODER_DATA_VERSION = 1;

/** The projection the build writes: only the fields the decoder and search read. */
export function decoderData(
  codes: readonly ErrorCode[],
  guides: readonly CodeGuide[],
  situations: readonly SituationRef[],
): DecoderData {
  return {
    version: DECODER_DATA_VERSION,
    codes: codes.map(({ family, value, name, meaning, meaningInferred, confidence }) => ({
      family,
      value,
      name,
      meaning,
      meaningInferred,
      confidence,
    })),
    guides,
    situations: situations.map(({ id, title, guide, codes: situationCodes, messages }) => ({
      id,
      title,
      guide,
      codes: situationCodes,
      messages,
    })),
  };
}

/** Checks what came over the network before the search trusts it: a stale or foreign file says so. */
export function readDecoderData(json: unknown, url: string): DecoderData {
  const data = json as Partial<DecoderData> | null;
  if (!data || data.version !== DECODER_DATA_VERSION || !Array.isArray(data.codes) || !Array.isArray(data.guides))
    throw new Error(
      `${url} is not this site's code index (version ${DECODER_DATA_VERSION}); reload the page, or rebuild and redeploy the site.`,
    );
  return { ...data, situations: data.situations ?? [] } as DecoderData;
}
