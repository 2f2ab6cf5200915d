import { describe, expect, it } from 'vitest';
import { addressKey, personalDataIn, phoneDigits, type AllowedContacts } from './personal-data-patterns.ts';

const NONE: AllowedContacts = { emails: new Set(), phones: new Set(), addresses: [] };
const kinds = (text: string, allowed = NONE) =>
  personalDataIn(text, allowed).map(({ kind, text: found }) => `${kind}: ${found}`);

describe('email addresses', () => {
  it.each([
    ['Email jane.smith@gmail.com today', 'email: jane.smith@gmail.com'],
    ['JANE_SMITH@Example.CO.UK wrote in', 'email: JANE_SMITH@Example.CO.UK'],
    ['hidden with a zero-width space: jane\u200B@gmail.com', 'email: jane@gmail.com'],
    ['hidden with a soft hyphen: ja\u00ADne@gmail.com', 'email: jane@gmail.com'],
    ['written in full-width characters: jane＠gmail.com', 'email: jane@gmail.com'],
  ])('finds %j', (text, expected) => expect(kinds(text)).toEqual([expected]));

  it.each([
    ['the image report_v1.2@2x.png is attached'],
    ['logo@3x.svg and map@2x.jpeg'],
    ['follow @harrowdale on social media'],
    ['prices @ £2 each'],
  ])('does not mistake %j for one', (text) => expect(kinds(text)).toEqual([]));

  it('allows the team mailbox in any case', () => {
    expect(
      kinds('Email Libraries@Harrowdale.example', { ...NONE, emails: new Set(['libraries@harrowdale.example']) }),
    ).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['Ring 07700 900123', 'phone: 07700 900123'],
    ['Ring 07700.900.123 after six', 'phone: 07700.900.123'],
    ['Ring 07700-900-123', 'phone: 07700-900-123'],
    ['Ring 0044 7700 900123', 'phone: 0044 7700 900123'],
    ['Ring +44 7700 900 123', 'phone: +44 7700 900 123'],
    ['Ring +44 (0)1632 960 123', 'phone: +44 (0)1632 960 123'],
    ['Ring (01632) 960123 (9am to 5pm)', 'phone: (01632) 960123'],
    ['Ring 020 7946 0000.', 'phone: 020 7946 0000'],
  ])('finds %j', (text, expected) => expect(kinds(text)).toEqual([expected]));

  it.each([
    ['invoice 00000123456 was paid'],
    ['reference 04123 456789'],
    ['from 01.12.2026 to 05.12.2026'],
    ['from 01.12.2026-05.12.2026'],
    ['version 0.12.3456.78901'],
    ['we counted 1234567890 visits'],
    ['opening 10.00-12.00 and 14.00-16.00'],
  ])('does not mistake %j for one', (text) => expect(kinds(text)).toEqual([]));

  it('allows the team number however it is written', () => {
    expect(kinds('Ring +44 1632 960 512', { ...NONE, phones: new Set(['01632960512']) })).toEqual([]);
  });

  it('reads the national form', () => {
    expect(phoneDigits('0044 7700 900123')).toBe('07700900123');
    expect(phoneDigits('+44 (0)20 7946 0000')).toBe('02079460000');
    expect(phoneDigits('00000123456')).toBeUndefined();
  });
});

describe('National Insurance numbers', () => {
  it.each(['AB 12 34 56 C', 'AB123456C', 'jt 12 34 56 a', 'JT-12-34-56-A', 'jt.12.34.56.a', 'JT 123456 A'])(
    'finds %j',
    (number) => {
      expect(kinds(`My number is ${number}, please call.`)).toEqual([`ni-number: ${number}`]);
    },
  );

  it.each(['GB 12 34 56 A', 'DA 12 34 56 A', 'AO 12 34 56 A', 'AB 12 34 56 E', 'XAB 12 34 56 C', 'AB 12 34 56 CD'])(
    'does not mistake %j for one',
    (number) => {
      expect(kinds(`Reference ${number} here`)).toEqual([]);
    },
  );
});

describe('home addresses', () => {
  it.each([
    'A resident at 14 Mill Lane, Kelbrook HD1 4QT wrote',
    'She lives at 22 The Green, Northfold HD6 2QE.',
    'at 3 Kings Parade, Southmere HD9 1AB',
    'my house is 22 mill road hd1 4qt',
    'Flat 2, 14a St Mary’s Road, Wexham HD4 7RB',
    '7 Orchard Close Kelbrook HD12AB',
  ])('finds %j', (text) => expect(kinds(text)).toHaveLength(1));

  it.each([
    'Kelbrook Central Library, Abbey Road, Kelbrook HD1 4QT',
    'We will put 3 new bus stops on Station Road, Kelbrook HD1 6JP',
    'In 2026 Station Road, Kelbrook HD1 6JP will close for repairs',
    'Buses every 20 minutes from Abbey Road HD1 4QU',
    '14 Mill Lane needs resurfacing',
  ])('does not mistake %j for one', (text) => expect(kinds(text)).toEqual([]));

  it('allows a venue address the file itself gives, however it is punctuated', () => {
    const allowed = {
      ...NONE,
      addresses: [addressKey('Harrowdale Chamber of Commerce, 14 Station Road, Kelbrook HD1 6JP')],
    };
    expect(kinds('Come to 14 Station Road Kelbrook HD1 6JP', allowed)).toEqual([]);
    expect(kinds('Come to 16 Station Road, Kelbrook HD1 6JP', allowed)).toHaveLength(1);
  });
});
