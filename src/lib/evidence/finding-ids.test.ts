import { describe, expect, it } from 'vitest';
import { fixes } from '../../catalogue';
import { evidenceSiteFor, evidenceSiteProblem } from './evidence-site';
import { findingLabel, findingLabels } from './finding-ids';
import { literalFindingIds as literalIds } from './evidence-test-kit';

const fixIds = new Set(fixes.map((fix) => fix.id));

describe('finding ids', () => {
  it.each(fixes.map((fix) => [fix.id, fix.scripts.diagnose] as const))(
    '%s: every finding id its diagnose.ps1 writes is registered in finding-ids.ts',
    (_id, diagnose) => {
      const unknown = literalIds(diagnose).filter((id) => !findingLabel(id, fixIds));
      expect(unknown, 'add these ids with their meaning to src/lib/evidence/finding-ids.ts').toEqual([]);
    },
  );

  it.each(Object.keys(findingLabels))('%s has the documented shape', (id) => {
    expect(id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
  });

  it("the runner's own fix.<id>.needs-fix is known only for catalogue fixes", () => {
    expect(findingLabel('fix.regenerate-rdp-certificate.needs-fix', fixIds)).toBeDefined();
    expect(findingLabel('fix.format-c.needs-fix', fixIds)).toBeUndefined();
  });
});

describe('the selector address baked into scripts', () => {
  it.each([
    ['https://rdp.example/selector/', undefined],
    ['http://intranet:8080/kb/rdp/selector/', undefined],
    ["https://rdp.example/selector/'; Remove-Item C:\\ -Recurse; '", /cannot go into the script/],
    ['https://rdp.example/selector/$(Stop-Computer)/selector/', /cannot go into the script/],
    ['https://user:pw@rdp.example/selector/', /cannot go into the script/],
    ['javascript:alert(1)//selector/', /cannot go into the script/],
    ['https://rdp.example/selector/?x=1', /cannot go into the script/],
    [`https://rdp.example/${'a/'.repeat(200)}selector/`, /longer than 300/],
  ])('%s', (site, problem) => {
    const found = evidenceSiteProblem(site);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });

  it('is SITE_URL when set, else the page origin, plus the base path', () => {
    expect(evidenceSiteFor('https://kb.example', 'http://127.0.0.1:4391', '/kb/rdp')).toBe(
      'https://kb.example/kb/rdp/selector/',
    );
    expect(evidenceSiteFor('', 'http://127.0.0.1:4391', '/')).toBe('http://127.0.0.1:4391/selector/');
  });
});
