import { expect, test, type Page } from '@playwright/test';

const FLOW = '/troubleshoot/no-sound/';
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

  await page.getByLabel('Your name').fill('Ana Silva');
  await page.getByLabel('Email or phone number where we can reach you').fill('ana@corp.test');
  await page.getByRole('button', { name: 'Copy for a ticket' }).click();
  await expect(page.getByText('Copied. Paste it into the ticket form.')).toBeVisible();
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  expect(ticket).toContain('From: Ana Silva\nContact: ana@corp.test');
  expect(ticket).toContain('Problem: No sound from my computer');
  expect(ticket).toContain('Platform: Windows');
  expect(ticket).toContain('What kind of computer is it?');
  expect(ticket).toContain('Tried: Turn the volume up and unmute: didn\'t fix it');
  expect(ticket).toContain('Escalated: Contact your help desk');
  expect(ticket).toContain(`Link: ${page.url()}`);
});

test('the escalation email is addressed to the help desk with the whole story in it', async ({ page }) => {
  await page.goto(`${FLOW}?one-app-or-all=everything&which-computer=mac&check-mute=no&output-type=built-in&choose-output=no&restart-computer=no`);
  await expect(currentQuestion(page)).toHaveText('Contact your help desk');
  await page.getByLabel('Anything else we should know? (optional)').fill('The speakers light up.');
  const email = page.getByRole('link', { name: 'Email the help desk' });
  const mailto = (await email.getAttribute('href')) ?? '';
  expect(mailto).toMatch(/^mailto:help@/);
  const url = new URL(mailto);
  expect(url.searchParams.get('subject')).toBe('Help needed: No sound from my computer');
  expect(url.searchParams.get('body')).toContain('Notes: The speakers light up.');
  expect(url.searchParams.get('body')).toContain('Platform: macOS');
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
  await expect(diagram.locator('rect')).toHaveCount(18);
});
