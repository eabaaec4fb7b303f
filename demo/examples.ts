/**
 * The element markup a webmaster pastes, one entry per state worth showing. The demo renders
 * these, and the tests and accessibility checks render the very same markup against the same
 * sample feed (demo/public/feed.json, served at /feed.json).
 */
export interface Example {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly markup: string;
}

export const SAMPLE_FEED_URL = '/feed.json';

export const examples: readonly Example[] = [
  {
    id: 'officer-card',
    title: 'Officer card',
    description: 'One officer, chosen by id: photo, contacts and reception hours.',
    markup: `<akimat-officer-card feed="${SAMPLE_FEED_URL}" officer="vko-1" meeting-form="meeting"></akimat-officer-card>`,
  },
  {
    id: 'officer-card-compact',
    title: 'Officer card, compact, chosen by body',
    description: 'The officer of a district akimat, in the compact layout for sidebars.',
    markup: `<akimat-officer-card feed="${SAMPLE_FEED_URL}" body="oskemen-akimat" variant="compact"></akimat-officer-card>`,
  },
  {
    id: 'officer-card-fallback',
    title: 'Officer card with fallback markup',
    description: 'A feed address that fails: the error view offers Retry and the webmaster\u2019s own link.',
    markup: `<akimat-officer-card feed="/missing-feed.json" officer="vko-1"><a href="https://www.gov.kz/">Contacts of the akimat on gov.kz</a></akimat-officer-card>`,
  },
  {
    id: 'region-picker-form',
    title: 'Region picker in a form',
    description: 'A required district picker limited to East Kazakhstan (root), and a top-level picker (depth="1") with a preset value, in a native form; the submitted data is shown below. Type “oskemen”, “Өскемен” or “усть-кам”.',
    markup: `<form id="region-form" class="demo-form">
  <label for="region-field">District or city of East Kazakhstan</label>
  <akimat-region-picker id="region-field" feed="${SAMPLE_FEED_URL}" name="region" root="630000000" required
    placeholder="Өскемен, Oskemen, Усть-Каменогорск…"></akimat-region-picker>
  <akimat-region-picker feed="${SAMPLE_FEED_URL}" name="home" label="Home region" depth="1" value="630000000"></akimat-region-picker>
  <p><button type="submit">Send</button> <button type="reset">Reset</button></p>
  <output for="region-field" aria-live="polite"></output>
</form>`,
  },
  {
    id: 'officer-directory',
    title: 'Officer directory',
    description: 'Every officer of East Kazakhstan Region and its cities and districts, grouped by level. Try “oskemen”, “Өскемен” or “усть-кам”.',
    markup: `<akimat-officer-directory feed="${SAMPLE_FEED_URL}" region="630000000" with-central heading-level="3" meeting-form="meeting"></akimat-officer-directory>`,
  },
  {
    id: 'meeting-form',
    title: 'Meeting request form',
    description: 'Preselected officer with “Change”; “Request a meeting” on the first card fills it. Sent to the demo endpoint; the request the server received appears below.',
    markup: `<akimat-meeting-form id="meeting" feed="${SAMPLE_FEED_URL}" officer="vko-4" region="631000000" endpoint="/api/meeting-requests" consent-url="https://example.kz/personal-data"></akimat-meeting-form>
<details class="meeting-log"><summary>Request received by the demo server</summary><pre id="meeting-log">Nothing sent yet.</pre></details>`,
  },
  {
    id: 'meeting-form-choose',
    title: 'Meeting request form, choosing whom',
    description: 'Region → akimat or department → officer from the feed. No endpoint: the form offers the officer’s e-mail (filled in) and phone.',
    markup: `<akimat-meeting-form feed="${SAMPLE_FEED_URL}"></akimat-meeting-form>`,
  },
  {
    id: 'council-list',
    title: 'Public councils',
    description: 'The public councils of East Kazakhstan Region and its cities and districts: composition, members, the next meeting with “Add to calendar”, past meetings with protocols. Try “Өскемен”, “densaulyq” or a member’s name.',
    markup: `<akimat-council-list feed="${SAMPLE_FEED_URL}" region="630000000"></akimat-council-list>`,
  },
  {
    id: 'council-list-empty',
    title: 'Public councils: a district without a council',
    description: 'Altai District has no council in the feed: the widget says so and offers the district akimat’s contacts.',
    markup: `<akimat-council-list feed="${SAMPLE_FEED_URL}" region="634800000"></akimat-council-list>`,
  },
];
