/**
 * Header menus are <details> elements, so they open and close without JavaScript and screen readers
 * announce them as expandable. This adds what a menu is expected to do: Escape closes it and returns
 * to its button, a click elsewhere closes it, and opening one closes the others.
 */
export function wireDisclosureMenus(selector = 'details.menu'): void {
  const menus = () => [...document.querySelectorAll<HTMLDetailsElement>(selector)];
  for (const menu of menus()) {
    menu.addEventListener('toggle', () => {
      if (menu.open) for (const other of menus()) if (other !== menu) other.open = false;
    });
    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    });
  }
  document.addEventListener('click', (event) => {
    for (const menu of menus()) if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
