import { expect, test, type Page } from '@playwright/test';

const FLOW = '/troubleshoot/no-sound/';
/** Nodes in src/flows/no-sound.yaml. */
const NODE_COUNT = 18;
const currentQuestion = (page: Page) => page.locator('.flow-node:not([hidden]) h2');

async function answer(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
}

test('a reader plays a flow to a fix with the mouse, each step with its own address', async ({ page }) => {
  await page.goto(FLOW);
  await expect(currentQuestion(page)).toHaveText('Is there no sound from anything, or only from one app or website?');
  await expect(page.locator('.flow-node:visible')).toHaveCount(1);
  await answer(page, 'No sound from anything');
  await expect(currentQuestion(page)).toHaveText('What kind of computer is it?');
  await expect(page).toHaveURL(/\?one-app-or-all=everything$/);
  await answer(page, 'Mac');
  await expect(currentQuestion(page)).toHaveText('Turn the volume up and unmute');
  await expect(page.locator('.flow-node:not([hidden])').getByText('Did that fix it?')).toBeVisible();
  await answer(page, 'Yes, that fixed it');
  await expect(currentQuestion(page)).toHaveText('Turning the volume up fixed it');
  await expect(page.getByRole('link', { name: 'Fix no sound on your computer' }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toContainText('What kind of computer is it?');
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toContainText('Mac');
});

test('a keyboard-only reader reaches the help desk with a ready-made summary', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(FLOW);
  const pressAnswer = async (label: string) => {
    const button = page.getByRole('button', { name: label, exact: true });
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
  };
  await pressAnswer('No sound from anything');
  // Focus moves to the new question so the next Tab lands on its answers.
  await expect(page.getByRole('heading', { name: 'What kind of computer is it?' })).toBeFocused();
  await expect(page.locator('.flow-live')).toHaveText('Step 2: What kind of computer is it?');
  await pressAnswer('Windows computer');
  await pressAnswer('No, still not working');
  await pressAnswer('Bluetooth headphones or speakers');
  await pressAnswer('No, still not working');
  await pressAnswer('No, still not working');
  await expect(currentQuestion(page)).toHaveText('Contact your help desk');

  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByText('Summary copied. Paste it into your ticket or message.')).toBeVisible();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('Problem: No sound from my computer');
  expect(summary).toContain('Platform: Windows');
  expect(summary).toContain('What kind of computer is it?');
  expect(summary).toContain('Tried: Turn the volume up and unmute: didn\'t fix it');
  expect(summary).toContain('Escalated: Contact your help desk');
  expect(summary).toContain(`Link: ${page.url()}`);
});

test('Contact the help desk carries the troubleshooter\'s summary into an email a help desk can file as a ticket', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${FLOW}?one-app-or-all=everything&which-computer=mac&check-mute=no&output-type=built-in&choose-output=no&restart-computer=no`);
  await expect(currentQuestion(page)).toHaveText('Contact your help desk');
  // One way to a person on the help step: no contact details repeated three times.
  await expect(page.locator('.flow-node:not([hidden])').getByRole('link', { name: 'Contact the help desk' })).toHaveCount(1);
  await page.locator('.flow-node:not([hidden])').getByRole('link', { name: 'Contact the help desk' }).click();
  await expect(page).toHaveURL(/\/contact\/\?from=/);

  const about = page.getByRole('region', { name: 'About' });
  await expect(about.getByRole('link', { name: 'No sound from my computer' })).toHaveAttribute('href', /\/troubleshoot\/no-sound\/\?one-app-or-all=everything/);
  await about.getByText('What the troubleshooter recorded').click();
  await expect(about).toContainText('Tried: Turn the volume up and unmute: didn\'t fix it');

  await page.getByLabel('Your name').fill('Ana Silva');
  await page.getByLabel('Email or phone number where we can reach you').fill('ana@corp.test');
  await page.getByLabel('What happened?').fill('The speakers light up.');
  // Device details are shown to the reader, and each one can be left out.
  const device = page.getByRole('group', { name: 'Details about this device' });
  await expect(device.getByRole('checkbox', { name: /Browser:/ })).toBeChecked();
  await device.getByRole('checkbox', { name: /Screen size:/ }).uncheck();

  await page.getByRole('button', { name: 'Copy for chat or a ticket' }).click();
  await expect(page.getByText('Copied. Paste it into the chat or the ticket form.')).toBeVisible();
  const message = await page.evaluate(() => navigator.clipboard.readText());
  expect(message.split('\n')[0]).toBe('Help request: No sound from my computer (macOS) – Ana Silva');
  expect(message).toContain('Name: Ana Silva\nContact: ana@corp.test\nPage: No sound from my computer – http');
  expect(message).toContain('What happened:\nThe speakers light up.');
  expect(message).toContain('Troubleshooter summary:\nProblem: No sound from my computer');
  expect(message).toContain('- Browser: ');
  expect(message).not.toContain('Screen size');

  // Email: the same message, as a mailto: link the reader's email app opens.
  await page.getByRole('button', { name: 'Email the help desk' }).click();
  const mailto = (await page.locator('kb-contact-form form').getAttribute('data-mailto')) ?? '';
  const url = new URL(mailto);
  expect(mailto).toMatch(/^mailto:help@/);
  expect(url.searchParams.get('subject')).toBe('Help request: No sound from my computer (macOS) – Ana Silva');
  expect(url.searchParams.get('body')).toContain('Troubleshooter summary:');
});

test('once the reader names their computer, a step shows its steps first and folds the others under Other devices', async ({ page }) => {
  await page.goto(`${FLOW}?one-app-or-all=everything&which-computer=mac`);
  const step = page.locator('.flow-node:not([hidden])');
  await expect(step.getByRole('heading', { level: 3, name: 'macOS' })).toBeVisible();
  await expect(step.getByRole('heading', { level: 3, name: 'Windows' })).toBeHidden();
  await step.getByText('Other devices', { exact: true }).click();
  await expect(step.getByRole('heading', { level: 3, name: 'Windows' })).toBeVisible();
  // Printing keeps the reader's system, with a note, and the answers given so far.
  await page.emulateMedia({ media: 'print' });
  await expect(step.getByText('Printed for macOS. The steps for other devices are on the page online.')).toBeVisible();
  await expect(step.getByRole('heading', { level: 3, name: 'Windows' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toBeVisible();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
});

test('an agent copies the link to the step the reader is on, and the page says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${FLOW}?one-app-or-all=everything&which-computer=windows`);
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied. Paste it into a chat or a ticket.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('a pasted step link opens that exact step with the answers before it', async ({ page }) => {
  await page.goto(`${FLOW}?one-app-or-all=everything&which-computer=windows`);
  await expect(currentQuestion(page)).toHaveText('Turn the volume up and unmute');
  const trail = page.getByRole('navigation', { name: 'Your answers so far' });
  await expect(trail.getByRole('listitem')).toHaveCount(2);
  await expect(trail).toContainText('Windows computer');
  await page.reload();
  await expect(currentQuestion(page)).toHaveText('Turn the volume up and unmute');
});

test('Back, Start over and the browser\'s own back and forward buttons walk the answers', async ({ page }) => {
  await page.goto(FLOW);
  await answer(page, 'No sound from anything');
  await answer(page, 'Windows computer');
  await expect(currentQuestion(page)).toHaveText('Turn the volume up and unmute');

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(currentQuestion(page)).toHaveText('What kind of computer is it?');
  await expect(page).toHaveURL(/\?one-app-or-all=everything$/);

  await page.goBack();
  await expect(currentQuestion(page)).toHaveText('Turn the volume up and unmute');
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${FLOW}$`));
  await expect(currentQuestion(page)).toHaveText('Is there no sound from anything, or only from one app or website?');
  await page.goForward();
  await expect(currentQuestion(page)).toHaveText('What kind of computer is it?');

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(currentQuestion(page)).toHaveText('Is there no sound from anything, or only from one app or website?');
  await expect(page.getByRole('button', { name: 'Back' })).toBeDisabled();
});

test('a tampered or outdated link restarts the flow with a notice, and nothing in it runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(`${FLOW}?one-app-or-all=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&which-computer=mac`);
  await expect(page.getByText('This link was out of date, so we started again from the first question.')).toBeVisible();
  await expect(currentQuestion(page)).toHaveText('Is there no sound from anything, or only from one app or website?');
  await expect(page).toHaveURL(new RegExp(`${FLOW}$`));
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a reader who leaves mid-flow is offered to resume or start over', async ({ page }) => {
  await page.goto(FLOW);
  await answer(page, 'No sound from anything');
  await answer(page, 'Mac');
  await page.goto('/');
  await page.goto(FLOW);
  await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(currentQuestion(page)).toHaveText('Turn the volume up and unmute');

  await page.goto(FLOW);
  await page.getByRole('region', { name: 'Pick up where you left off?' }).getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toBeHidden();
});

test('stored progress that was tampered with is ignored', async ({ page }) => {
  await page.goto(FLOW);
  await page.evaluate(() => localStorage.setItem('kb-flow:no-sound', 'one-app-or-all=<script>alert(1)</script>'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toBeHidden();
  await expect(currentQuestion(page)).toHaveText('Is there no sound from anything, or only from one app or website?');
});

test('"Copy summary" gives the plain text a help desk writes in a ticket', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${FLOW}?one-app-or-all=everything&which-computer=mac&check-mute=no`);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByText('Summary copied. Paste it into your ticket or message.')).toBeVisible();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary.split('\n')).toEqual(expect.arrayContaining([
    'Problem: No sound from my computer',
    'Platform: macOS',
    '- Is there no sound from anything, or only from one app or website? No sound from anything',
    '- What kind of computer is it? Mac',
    "- Tried: Turn the volume up and unmute: didn't fix it",
    'Outcome: In progress: What should the sound come out of?',
    `Link: ${page.url()}`,
  ]));
});

test('the player announces what happened as DOM events a site can wire to analytics', async ({ page }) => {
  await page.goto(FLOW);
  await page.evaluate(() => {
    (window as unknown as { seen: string[] }).seen = [];
    document.addEventListener('kb-event', (e) => (window as unknown as { seen: string[] }).seen.push((e as CustomEvent<{ action: string }>).detail.action));
  });
  await answer(page, 'Only one app or website is silent');
  await answer(page, 'Yes, that fixed it');
  await page.getByRole('button', { name: 'Back' }).click();
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['step', 'step', 'resolved', 'back']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole tree is readable, each node with its own anchor and links to the next', async ({ page }) => {
    await page.goto(FLOW);
    await expect(page.locator('.flow-node')).toHaveCount(18);
    await expect(page.getByRole('heading', { name: 'Contact your help desk' })).toBeVisible();
    await page.getByRole('link', { name: 'No sound from anything' }).click();
    await expect(page).toHaveURL(/#step-which-computer$/);
    await expect(page.locator('#step-which-computer')).toBeInViewport();
  });
});

test('the diagram of the whole tree is drawn at build time and shown on request', async ({ page }) => {
  await page.goto(FLOW);
  const diagram = page.getByRole('img', { name: 'Diagram of the No sound from my computer troubleshooter' });
  await expect(diagram).toBeHidden();
  await page.getByText('Show the whole troubleshooter as a diagram').click();
  await expect(diagram).toBeVisible();
  // Every node is drawn with every word of its text and of its answers: nothing cut short.
  await expect(diagram.locator('.node')).toHaveCount(NODE_COUNT);
  await expect(diagram.locator('.edge-label title').filter({ hasText: 'Headphones or speakers with a cable' })).toHaveCount(1);
  await expect(diagram).not.toContainText('…');
});
