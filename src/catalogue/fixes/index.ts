/**
 * Every fix and check, in the order the selector lists them (least invasive first). Adding a fix:
 * create fixes/<id>/ with fix.ts and its .ps1 files, then add it here.
 */
import regenerateRdpCertificate from './regenerate-rdp-certificate/fix';

export const fixList = [regenerateRdpCertificate] as const;
