/**
 * Demo only: shows what a native form would send. Finds `form#region-form`, stops the real
 * submission, and prints the `FormData` entries into the form's `<output>`, so a webmaster
 * sees that form-associated widgets (the region picker) take part like native fields.
 * Written with textContent only: entries are user input.
 */
export function showSubmittedData(root: ParentNode = document): void {
  const form = root.querySelector<HTMLFormElement>('form#region-form');
  const output = form?.querySelector('output');
  if (!form || !output) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entries = [...new FormData(form, (event as SubmitEvent).submitter)]
      .map(([name, value]) => `${name} = ${typeof value === 'string' ? JSON.stringify(value) : `[file ${value.name}]`}`);
    output.textContent = entries.length ? entries.join('\n') : '(no fields submitted)';
  });
  form.addEventListener('reset', () => {
    output.textContent = '';
  });
}
