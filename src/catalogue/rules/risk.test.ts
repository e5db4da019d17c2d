/** Rule: a fix that can lower a security setting (here: allow the Vulnerable CredSSP level) is high risk. */
import { expect, test } from 'vitest';
import { fixes } from '../index';

test.each(fixes.filter((fix) => fix.parameters.includes('OracleLevel')).map((fix) => [fix.id, fix] as const))(
  '%s can set CredSSP to Vulnerable, so it is high risk',
  (_id, fix) => {
    expect(fix.risk).toBe('high');
  },
);
