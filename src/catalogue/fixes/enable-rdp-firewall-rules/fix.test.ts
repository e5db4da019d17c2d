/** What only the firewall fix must hold; the rules for every fix are in src/catalogue/rules/. */
import { describe, expect, test } from 'vitest';
import fix from './fix';

describe(fix.id, () => {
  test('addresses rules by Name, never by group or display name', () => {
    const all = Object.values(fix.scripts).join('\n');
    expect(all).not.toMatch(/-(Display)?Group\b|-DisplayName\b/);
    expect(all).toMatch(/RemoteDesktop-UserMode-In-TCP/);
  });
});
