import rule from '../../../src/engine/rules/email-invalid';
import { ruleTester } from '../../helpers/rule-tester';
import { workbook } from '../../helpers/builder';

// E-post is Programinfo!B10 as built.
const withEmail = (contactEmail: string | null) => workbook().withInfo({ contactEmail }).build();

ruleTester(rule, {
  valid: [
    { name: 'kari@eksempel.no', snapshot: withEmail('kari@eksempel.no') },
    { name: 'dots, plus and subdomains', snapshot: withEmail('Kari.Nordmann+imdi@post.eksempel.kommune.no') },
    { name: 'capitals and Norwegian letters', snapshot: withEmail('Bjørn.Ås@Kulturhuset.NO') },
    { name: 'a mailto: link as pasted from a web page', snapshot: withEmail('mailto:kari@eksempel.no') },
    { name: 'spaces around it', snapshot: withEmail('  kari@eksempel.no ') },
    { name: 'empty is value-required’s', snapshot: withEmail(null) },
    { name: 'label absent is value-required’s', snapshot: workbook().withInfo({ contactEmail: undefined }).build() },
  ],
  invalid: [
    {
      name: 'no @',
      snapshot: withEmail('kari.eksempel.no'),
      findings: [
        { sheet: 'Programinfo', cell: 'B10', message: '«kari.eksempel.no» er ikke en e-postadresse', en: '«kari.eksempel.no» is not an e-mail address' },
      ],
    },
    { name: 'no domain dot', snapshot: withEmail('kari@eksempel'), findings: [{ sheet: 'Programinfo', cell: 'B10', message: '«kari@eksempel»' }] },
    { name: 'two @', snapshot: withEmail('kari@@eksempel.no'), findings: [{ sheet: 'Programinfo', cell: 'B10', message: 'er ikke en e-postadresse' }] },
    { name: 'an empty domain label (..)', snapshot: withEmail('kari@eksempel..no'), findings: [{ sheet: 'Programinfo', cell: 'B10' }] },
    { name: 'a space inside', snapshot: withEmail('kari nordmann@eksempel.no'), findings: [{ sheet: 'Programinfo', cell: 'B10' }] },
    { name: 'a one-letter top-level domain', snapshot: withEmail('kari@eksempel.n'), findings: [{ sheet: 'Programinfo', cell: 'B10' }] },
    { name: 'a trailing comma', snapshot: withEmail('kari@eksempel.no,'), findings: [{ sheet: 'Programinfo', cell: 'B10' }] },
    { name: 'two addresses', snapshot: withEmail('kari@eksempel.no; ola@eksempel.no'), findings: [{ sheet: 'Programinfo', cell: 'B10' }] },
    { name: 'a name with the address', snapshot: withEmail('Kari Nordmann <kari@eksempel.no>'), findings: [{ sheet: 'Programinfo', cell: 'B10' }] },
    { name: 'a phone number', snapshot: withEmail('99 88 77 66'), findings: [{ sheet: 'Programinfo', cell: 'B10', message: '«99 88 77 66»' }] },
  ],
});
