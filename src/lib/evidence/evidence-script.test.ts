import { describe, expect, it } from 'vitest';
import { buildScript, raw } from '../../../tests/support/build-script';

describe('the evidence link in generated scripts', () => {
  it('a Diagnose script carries the selector address as a single-quoted literal', () => {
    const text = buildScript(
      raw({ fixIds: ['regenerate-rdp-certificate'], mode: 'diagnose' }),
      undefined,
      'https://rdp.example/kb/selector/',
    );
    expect(text).toContain("    EvidenceSite = 'https://rdp.example/kb/selector/'\n");
    expect(text).toContain('-EvidenceSite $Settings.EvidenceSite');
  });

  it('a Fix script prints no evidence link (only Diagnose runs end with evidence)', () => {
    const text = buildScript(
      raw({ fixIds: ['regenerate-rdp-certificate'], mode: 'fix' }),
      undefined,
      'https://rdp.example/selector/',
    );
    expect(text).toContain("    EvidenceSite = ''\n");
  });

  it('an address that is not a plain selector URL is refused, not quoted', () => {
    expect(() =>
      buildScript(
        raw({ fixIds: ['regenerate-rdp-certificate'], mode: 'diagnose' }),
        undefined,
        "https://x/selector/'+$(iex)+'",
      ),
    ).toThrow(/cannot go into the script/);
  });
});
