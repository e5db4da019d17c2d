/**
 * Script parameters a fix can take. Each becomes one line of the generated `param()` block, whose
 * default is the user's validated value. The grammar of each kind lives in lib/generator/validate-value.ts.
 */

/** The value grammars the generator knows how to validate and quote. */
export type ParameterKind = 'port' | 'thumbprint' | 'choice' | 'host';

export interface ParameterDefinition {
  /** PowerShell parameter name (PascalCase, no `$`). */
  readonly name: string;
  /** Label shown in the selector's options form. */
  readonly label: string;
  /** One sentence of help, shown in the form and in the script's comment-based help. */
  readonly help: string;
  readonly kind: ParameterKind;
  /** The value used when the user gives none; `''` means "let the script work it out". */
  readonly defaultValue: string;
  /** For `choice`: the allowed values, in display order. */
  readonly choices?: readonly string[];
  /** The value with which the fix asks a High-impact question: the runner then refuses a non-interactive run up
   * front (exit code 5) instead of letting the prompt fail. */
  readonly asksHighImpactWhen?: string;
  /** A valid but insecure or disruptive value: a selector link that sets it says so, so a link cannot slip it past a
   * technician unnoticed. */
  readonly warnWhen?: { readonly value: string; readonly message: string };
}

export const parameterNames = [
  'RdpPort',
  'CertificateThumbprint',
  'SecurityLayer',
  'NetworkLevelAuthentication',
  'OracleLevel',
  'AllowLowerSecurity',
  'TargetHost',
] as const;
export type ParameterName = (typeof parameterNames)[number];

export const parameters: Record<ParameterName, ParameterDefinition> = {
  RdpPort: {
    name: 'RdpPort',
    label: 'RDP port',
    help: 'The TCP/UDP port the RDP listener should use (3389 unless you changed PortNumber on purpose).',
    kind: 'port',
    defaultValue: '3389',
  },
  CertificateThumbprint: {
    name: 'CertificateThumbprint',
    label: 'Certificate thumbprint (optional)',
    help: 'Optional: the 40-hex-digit thumbprint you expect the RDP listener to be bound to. The script only ever works on the bound certificate, and changes nothing if this names another one.',
    kind: 'thumbprint',
    defaultValue: '',
  },
  SecurityLayer: {
    name: 'SecurityLayer',
    label: 'Security layer to set',
    help: 'Negotiate (the default: TLS when the client supports it) or TLS (require TLS). Only the RDP layer (0) or a missing value is repaired; TLS (2) is never lowered, and Negotiate (1) is raised to TLS only when you choose TLS.',
    kind: 'choice',
    defaultValue: 'Negotiate',
    choices: ['Negotiate', 'TLS'],
  },
  NetworkLevelAuthentication: {
    name: 'NetworkLevelAuthentication',
    label: 'Network Level Authentication (NLA) when it is off',
    help: 'Report (the default) only says that NLA is off: it may be off on purpose, and turning it on turns away clients that cannot use NLA. Require turns it on, after a high-impact confirmation.',
    kind: 'choice',
    defaultValue: 'Report',
    choices: ['Report', 'Require'],
    asksHighImpactWhen: 'Require',
    warnWhen: {
      value: 'Require',
      message:
        'This link turns Network Level Authentication on where it is off, which turns away clients that cannot use NLA. The script asks before it.',
    },
  },
  OracleLevel: {
    name: 'OracleLevel',
    label: 'CredSSP Encryption Oracle Remediation level',
    help: 'Mitigated is the secure default once both ends are patched; Vulnerable is a temporary, insecure workaround.',
    kind: 'choice',
    defaultValue: 'Mitigated',
    choices: ['ForceUpdatedClients', 'Mitigated', 'Vulnerable'],
    warnWhen: {
      value: 'Vulnerable',
      message:
        'This link sets the CredSSP level to Vulnerable: an insecure, temporary workaround (CVE-2018-0886). Check that this is really meant before running the script.',
    },
  },
  AllowLowerSecurity: {
    name: 'AllowLowerSecurity',
    label: 'Lower a stricter CredSSP level',
    help: 'No (the default) never lowers a stricter level this computer already has: Force Updated Clients stays. Yes lowers it to the level you chose, after a high-impact confirmation.',
    kind: 'choice',
    defaultValue: 'No',
    choices: ['No', 'Yes'],
    asksHighImpactWhen: 'Yes',
    warnWhen: {
      value: 'Yes',
      message:
        'This link allows the script to lower a stricter CredSSP level it finds. Check that this is really meant: the script still asks before it lowers anything.',
    },
  },
  TargetHost: {
    name: 'TargetHost',
    label: 'Host to test (as you type it in the client)',
    help: 'The RDP host name, FQDN or IPv4 address exactly as the Remote Desktop client is given it, without the port. Letters, digits, hyphens and dots only.',
    kind: 'host',
    defaultValue: '',
  },
};
