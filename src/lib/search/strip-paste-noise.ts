/**
 * What a pasted dialog or event carries besides its message: the "Timestamp" and "Activity ID" values, GUIDs,
 * dates and times. Their digits look like codes and their labels differ per language, so the values are
 * removed by shape, never by label.
 */
const NOISE: readonly RegExp[] = [
  /\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?/gi, // GUID (Activity ID, correlation id)
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?/g, // ISO date[time]
  /\b\d{1,4}[./]\d{1,2}[./]\d{1,4}\b/g, // local dates: 12/03/2026, 03.12.2026, 2026/12/03
  /\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?/g, // times: 10:12, 10:12:13 PM
];

export function stripPasteNoise(text: string): string {
  let out = text.normalize('NFKC');
  for (const pattern of NOISE) out = out.replace(pattern, ' ');
  return out;
}
