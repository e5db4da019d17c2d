import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { fixesById } from '../../catalogue';
import { commonScripts } from '../../catalogue/common';
import { generateScript } from '../generator/generate-script';
import { toDownloadBytes } from '../generator/script-bytes';
import { parseScriptOptions } from '../generator/script-options';
import { buildTicketNote } from './build-ticket-note';

test('the note names the script by hash, links back, and says where the output goes', () => {
  const { options } = parseScriptOptions(
    {
      fixIds: ['regenerate-rdp-certificate'],
      mode: 'fix',
      target: 'remote',
      computers: 'rdsh-01',
      promptForCredential: false,
      backupRoot: 'D:\\Bk',
      backupPath: '',
      transcriptPath: '',
      values: {},
    },
    fixesById,
  );
  const link = 'https://kb.example/selector/?f=regenerate-rdp-certificate';
  const scriptText = generateScript(options!, { common: commonScripts, link }).text;
  const note = buildTicketNote({
    options: options!,
    scriptText,
    link,
    causesChecked: ['RDP self-signed certificate missing, expired or corrupt'],
    symptoms: ['Event 1057'],
  });
  expect(note.copiedSha256).toBe(createHash('sha256').update(scriptText).digest('hex'));
  expect(note.downloadSha256).toBe(createHash('sha256').update(toDownloadBytes(scriptText)).digest('hex'));
  for (const body of [note.text, note.markdown]) {
    expect(body).toContain(note.copiedSha256);
    expect(body).toContain(note.downloadSha256);
    expect(body).toContain(link);
    expect(body).toContain(`regenerate-rdp-certificate v${fixesById.get('regenerate-rdp-certificate')!.version}`);
    expect(body).toContain('D:\\Bk\\<yyyyMMdd-HHmmss>-<computer>');
    expect(body).toContain('remote: rdsh-01');
  }
  expect(note.markdown).toContain(`- \`${note.copiedSha256} (text as copied)\``);
});
