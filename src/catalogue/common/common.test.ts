import { expect, test } from 'vitest';
import { commonScripts } from './index';
import { commonScriptNames } from './names';

test('the browser-side list of shared PowerShell files names every one (a missing name broke the selector)', () => {
  expect([...commonScriptNames].sort()).toEqual(Object.keys(commonScripts).sort());
});
