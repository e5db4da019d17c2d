import { defineSituation } from './define-situation';

/** CVE-2018-0886: one side enforces the CredSSP update the other side lacks. */
export const credsspOracle = defineSituation({
  id: 'credssp-oracle',
  title: 'CredSSP encryption oracle remediation',
  navLabel: 'CredSSP encryption oracle',
  guide: 'errors/credssp-encryption-oracle/',
  codes: [],
  messages: [
    {
      // As Microsoft's article quotes the dialog (cannot-authenticate-must-authenticate-twice).
      locale: 'en-US',
      text: 'This could be due to CredSSP encryption oracle remediation.',
    },
    { locale: 'en-US', text: 'An authentication error has occurred. The function requested is not supported.' },
  ],
  causes: ['credssp-oracle-mismatch'],
  lookFirstOn: 'client',
});
