/** Finding the search page's parts in the document. */

/** The element `selector` finds under `root`; the page is broken without it. */
export function element<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}
