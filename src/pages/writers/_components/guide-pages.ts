/** The pages of the writer's guide, in reading order: the navigation and the start page list them from here. */
export const GUIDE_PAGES = [
  { href: '/writers/articles/', title: 'Write an article', summary: 'The file, its fields, and the shape of a how-to that fixes problems.' },
  { href: '/writers/components/', title: 'Components', summary: 'Steps, callouts, keys, platform tabs, images and commands, each shown live.' },
  { href: '/writers/flows/', title: 'Write a troubleshooter', summary: 'Questions, steps and endings, with a real flow and its diagram.' },
  { href: '/writers/style/', title: 'Style rules', summary: 'Plain language, one action per step, buttons named as the screen shows them.' },
  { href: '/writers/preview-and-check/', title: 'Preview and check', summary: 'See your page as you type, then let npm run check find every mistake.' },
  { href: '/writers/renaming/', title: 'Rename safely', summary: 'Keep every link an agent ever pasted into a ticket working.' },
] as const;
