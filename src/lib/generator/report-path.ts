/**
 * The -ReportPath option: a local file ending in .json or .csv (one row per computer). Same grammar as the
 * transcript path, another extension; empty means "next to the transcript, as .json".
 */
import { TRANSCRIPT_PATH_PATTERN, validateLocalPath, type Validation } from './validate-value';

export const REPORT_PATH_PATTERN = TRANSCRIPT_PATH_PATTERN.replace('(?:log|txt)$', '(?:json|csv)$');
const reportPath = new RegExp(REPORT_PATH_PATTERN, 'i');

export function validateReportPath(input: string): Validation {
  const label = 'The report path';
  const asPath = validateLocalPath(label, input);
  if (!asPath.ok || input === '') return asPath;
  if (!reportPath.test(input))
    return {
      ok: false,
      message: `${label} "${input}" must name a .json or .csv file, e.g. C:\\RdpFixGuide\\rdp-fix.json: it is written as Administrator, so it may not point at a script or system file.`,
    };
  return asPath;
}
