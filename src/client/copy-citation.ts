/** Shows the "Copy" buttons of the citation block and copies the reference as plain text. */
export function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    // Found beside the button, not by id: an essay's text comes earlier in the page and may
    // hold an element with the same id.
    const source = button.parentElement?.querySelector<HTMLElement>(`[id="${CSS.escape(button.dataset.copy ?? '')}"]`);
    const text = source?.dataset.citation;
    if (!text) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = 'Copied';
        if (status) status.textContent = 'Reference copied.';
      } catch {
        if (status) status.textContent = 'Could not copy; select the reference and copy it.';
      }
      window.setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
