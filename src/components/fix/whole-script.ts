/**
 * The whole script a fix page shows and offers as a download, built once per fix from the same inputs
 * (so the page, its ticket note and `fixes/<id>/rdp-fix.ps1` cannot drift apart).
 */
import { causesById, fixesById } from '../../catalogue';
import { commonScripts } from '../../catalogue/common';
import type { Fix } from '../../catalogue/schema';
import { fixPageScript, type FixPageScript } from '../../lib/ticket/fix-page-script';
import { publicOrigin } from '../../../config/site';
import { siteBase } from '../site-base';

export function wholeScriptFor(fix: Fix): FixPageScript {
  const causeTitles = fix.causes.map((id) => causesById.get(id)?.title ?? id);
  return fixPageScript(fix, fixesById, commonScripts, `${publicOrigin}${siteBase}selector/`, causeTitles);
}
