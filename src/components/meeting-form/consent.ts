/**
 * The personal-data consent of the meeting form (Law of the Republic of Kazakhstan "On
 * personal data and their protection", see ../shared/domain.md §4.3): what is collected, by
 * whom, for what, for how long, that nothing is published, and the operator's policy.
 *
 * The request carries CONSENT_VERSION with the time the box was ticked, so the akimat can
 * tell which wording a person agreed to. Change the version whenever the wording changes in
 * any language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export const CONSENT_VERSION = '2026-11-01';

/**
 * The consent text. `operator`: the body that receives the request (the officer's akimat or
 * department, or the feed's publisher), or null before one is chosen.
 */
export function renderConsentText(operator: string | null, policyUrl: string | null): TemplateResult {
  const who = operator
    ? msg(str`${operator} will use your full name, phone number, e-mail address, the name and BIN of your organization (if you give them) and your message to arrange and hold the meeting and to answer your request.`)
    : msg('The akimat or department you choose above will use your full name, phone number, e-mail address, the name and BIN of your organization (if you give them) and your message to arrange and hold the meeting and to answer your request.');
  return html`<p>${who}</p>
    <p>${msg('Your data are kept as long as needed to handle the request, then under the akimat\u2019s records retention rules. They are not published.')}</p>
    ${policyUrl
      ? html`<p><a href=${policyUrl} target="_blank" rel="noopener" part="consent-link">${msg('Read the personal data policy (opens in a new tab)')}</a></p>`
      : nothing}`;
}
