/** What only the services fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import fix from './fix';

describe(fix.id, () => {
  test('never restarts Remote Desktop Services (that would drop every session)', () => {
    expect(Object.values(fix.scripts).join('\n')).not.toMatch(/Restart-Service/);
  });
});
