import { expect } from '@open-wc/testing';
import { setLocale } from '../../localization/locale.js';
import { EMPTY_VALUES, type FormValues } from './request.js';
import { characterCount, countBand, countMessage, recheck, shownErrors, validate, validateField, type ValidationContext } from './validation.js';

const ok: ValidationContext = { whomMissing: null, consent: true, dates: null, dateRange: { min: '2026-11-22', max: '2027-05-23' } };
const valid: FormValues = {
  ...EMPTY_VALUES, officer: 'vko-4', name: 'Асель Серікова', phone: '87011234567', topic: 'other', message: 'Сәлем',
};
const check = (field: Parameters<typeof validateField>[0], patch: Partial<FormValues>, context: Partial<ValidationContext> = {}) =>
  validateField(field, { ...valid, ...patch }, { ...ok, ...context });

describe('meeting form rules', () => {
  before(() => setLocale('en'));

  it('passes a complete request', () => {
    expect(validate(valid, ok)).to.deep.equal({});
  });

  it('asks for everything required, in the order of the form', () => {
    const errors = validate({ ...EMPTY_VALUES }, { ...ok, whomMissing: 'region', consent: false });
    expect(Object.keys(errors)).to.deep.equal(['region', 'name', 'phone', 'topic', 'message', 'consent']);
    expect(errors.name).to.equal('Enter your full name');
    expect(errors.phone).to.equal('Enter your phone number');
  });

  it('points at the first whom step not taken', () => {
    expect(validate(valid, { ...ok, whomMissing: 'body' })).to.have.keys('body');
    expect(check('officer', {}, { whomMissing: 'officer' })).to.equal('Select the officer you want to meet');
  });

  it('accepts Kazakhstan phones written with 8, 7, +7, spaces, dashes and brackets', () => {
    for (const phone of ['8 701 123 45 67', '87011234567', '7 701 123-45-67', '+7 (701) 123-45-67', '+77232540111', '8(71455)2-16-84']) {
      expect(check('phone', { phone }), phone).to.equal(null);
    }
  });

  it('refuses phones that are not Kazakhstan numbers', () => {
    for (const phone of ['123', '+7 495 123-45-67', '+1 202 555 0100', '8 701 123 45 6', '8 701 123 45 678', 'phone']) {
      expect(check('phone', { phone }), phone).to.contain('Enter a Kazakhstan phone number');
    }
  });

  it('checks the BIN only for organizations, with a message per problem', () => {
    expect(check('bin', { bin: '' })).to.equal(null);
    const org = { kind: 'organization' as const, organization: 'ОФ «Қамқор»' };
    expect(check('bin', { ...org, bin: '' })).to.equal('Enter the BIN of your organization');
    expect(check('bin', { ...org, bin: '94014000038' })).to.equal('BIN must be 12 digits');
    expect(check('bin', { ...org, bin: '94014000038x' })).to.equal('BIN must only include numbers');
    expect(check('bin', { ...org, bin: '940140000386' })).to.contain('Enter a valid BIN');
    expect(check('bin', { ...org, bin: '940140 000385' })).to.equal(null);
    expect(check('organization', { kind: 'organization', organization: '  ' })).to.equal('Enter the name of your organization');
  });

  it('takes an empty e-mail but not a malformed one', () => {
    expect(check('email', { email: '' })).to.equal(null);
    expect(check('email', { email: 'asel@example.kz' })).to.equal(null);
    expect(check('email', { email: 'asel@example' })).to.contain('correct format');
    expect(check('email', { email: 'a sel@example.kz' })).to.contain('correct format');
  });

  it('limits the message to 2,000 characters, counting an emoji as one', () => {
    expect(check('message', { message: 'я'.repeat(2000) })).to.equal(null);
    expect(check('message', { message: 'я'.repeat(2001) })).to.equal('Message must be 2,000 characters or fewer');
    expect(check('message', { message: '   ' })).to.equal('Enter your message');
    expect(characterCount('👍🏽ә')).to.equal(3);
  });

  it('allows only listed reception days, or a future date within six months', () => {
    expect(check('preferredDate', { preferredDate: '2026-11-30' }, { dates: ['2026-11-30'] })).to.equal(null);
    expect(check('preferredDate', { preferredDate: '2026-12-01' }, { dates: ['2026-11-30'] })).to.contain('Select a date from the list');
    expect(check('preferredDate', { preferredDate: '2026-11-21' })).to.equal('Preferred date must be in the future');
    expect(check('preferredDate', { preferredDate: '2027-06-01' })).to.contain('six months');
    expect(check('preferredDate', { preferredDate: '2026-02-30' })).to.equal('Preferred date must be a real date');
    expect(check('preferredDate', { preferredDate: '' })).to.equal(null);
  });

  it('needs the consent box ticked', () => {
    expect(check('consent', {}, { consent: false })).to.contain('agree');
  });

  it('announces the count only when a threshold is crossed', () => {
    expect([1999, 201, 200, 101, 100, 51, 50, 1, 0, -1, -500].map(countBand)).to.deep.equal([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5]);
    expect(countMessage(1850)).to.equal('You have 1,850 characters remaining');
    expect(countMessage(1)).to.equal('You have 1 character remaining');
    expect(countMessage(-15)).to.equal('You have 15 characters too many');
  });

  it('keeps shown errors until their field is right, and the server\'s until the field is edited', () => {
    const invalid = { name: null, phone: 'Number blocked' };
    const broken = { ...valid, name: '' };
    expect(shownErrors(invalid, broken, ok)).to.deep.equal({ name: 'Enter your full name', phone: 'Number blocked' });
    // Editing the message touches neither.
    expect(recheck(invalid, ['message'], broken, ok)).to.deep.equal(invalid);
    // The name is still empty: its message stays; the phone was edited: the server's message goes.
    expect(recheck(invalid, ['name', 'phone'], broken, ok)).to.deep.equal({ name: null });
    expect(recheck(invalid, ['name'], valid, ok)).to.deep.equal({ phone: 'Number blocked' });
    // A field not shown as invalid is not added, however wrong.
    expect(recheck({}, ['name'], broken, ok)).to.deep.equal({});
  });
});
