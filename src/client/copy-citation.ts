/**
 * Shows the "Copy" buttons of the citation block and copies the reference as plain text. What
 * the buttons say comes from the block's data attributes, in the page's interface language.
 */
export function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const words = document.querySelector<HTMLElement>('section.cite[data-copy-label]')?.dataset ?? {};
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
        button.textContent = words.copiedLabel ?? '';
        if (status) status.textContent = words.copiedStatus ?? '';
      } catch {
        if (status) status.textContent = words.copyFailed ?? '';
      }
      window.setTimeout(() => (button.textContent = words.copyLabel ?? ''), 2000);
    });
  }
}
