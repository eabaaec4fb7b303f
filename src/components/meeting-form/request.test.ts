import { expect } from '@open-wc/testing';
import { EMPTY_VALUES, buildRequestBody, fieldOfPath, isPristine, serverErrors, valuesFromDraft, type FormValues } from './request.js';

const context = { officer: 'o-1', body: 'b-1', region: '631000000', language: 'kk', consentVersion: 'v1', consentAt: '2026-11-21T10:00:00.000Z' };
const values: FormValues = {
  ...EMPTY_VALUES, kind: 'person', name: '  Асель   Серікова ', organization: 'left over', bin: '940140000385',
  phone: '8 701 123 45 67', email: ' ', topic: 'public-council', message: ' Сәлем \n', preferredDate: '',
};

describe('meeting request body', () => {
  it('sends a person without organization or BIN, E.164 phone, null for what was left empty', () => {
    expect(buildRequestBody(values, context)).to.deep.equal({
      officer: 'o-1', body: 'b-1', region: '631000000',
      applicant: { kind: 'person', name: 'Асель Серікова', organization: null, bin: null, phone: '+77011234567', email: null },
      topic: 'public-council', message: 'Сәлем', preferredDate: null, language: 'kk',
      consent: { given: true, version: 'v1', at: '2026-11-21T10:00:00.000Z' },
    });
  });

  it('sends an organization\u2019s name and its BIN as digits', () => {
    const body = buildRequestBody({ ...values, kind: 'organization', organization: 'ОФ  «Қамқор»', bin: '9401-4000-0385' }, context);
    expect(body.applicant).to.include({ kind: 'organization', organization: 'ОФ «Қамқор»', bin: '940140000385' });
  });

  it('restores only known string fields from a draft', () => {
    const restored = valuesFromDraft({ name: 'Асель', phone: 5, kind: 'robot', topic: 'bribe', extra: 'x', message: 'm'.repeat(20_000) })!;
    expect(restored.name).to.equal('Асель');
    expect(restored.phone).to.equal('');
    expect(restored.kind).to.equal('person');
    expect(restored.topic).to.equal('');
    expect(restored.message).to.have.length(10_000);
    expect(restored).not.to.have.property('extra');
    expect(valuesFromDraft('nonsense')).to.equal(undefined);
  });

  it('counts only typed text as worth a draft', () => {
    expect(isPristine({ ...EMPTY_VALUES, officer: 'o-1', topic: 'other' })).to.equal(true);
    expect(isPristine({ ...EMPTY_VALUES, message: 'x' })).to.equal(false);
  });

  it('maps the server\u2019s field paths to fields', () => {
    expect(fieldOfPath('applicant.phone')).to.equal('phone');
    expect(fieldOfPath('consent.given')).to.equal('consent');
    expect(fieldOfPath('applicant.shoeSize')).to.equal(undefined);
    expect(serverErrors({ 'applicant.phone': 'Blocked', 'consent.given': 'Required', 'consent.at': 'Too old', captcha: 'Solve it' }))
      .to.deep.equal({ invalid: { phone: 'Blocked', consent: 'Required' }, other: ['Too old', 'Solve it'] });
  });
});
