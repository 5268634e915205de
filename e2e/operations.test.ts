import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

/**
 * Issue 6, end to end: a prospect applies through the link, a seated board member approves it, it becomes a
 * trial member, registers for an event in the member portal, attends, answers the event feedback,
 * and the service portfolio updates from the member's answers.
 */
describe.skipIf(!chromiumPath)('browser: running the cluster organisation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('takes an applicant from the application link to event feedback and the service portfolio', async () => {
    const manager = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(manager, h.baseUrl, 'manager@demo.agglomera.org');
    await manager.waitForURL(/\/w\//);
    const ws = manager.url().replace(/\/(lifecycle|home)$/, '');
    await manager.goto(`${ws}/operations`);
    await manager.locator('summary', { hasText: 'Application links' }).click();
    await manager.getByRole('button', { name: 'Create an application link' }).click();
    const applyLink = await manager.getByTestId('application-link').innerText();

    const prospect = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await prospect.goto(applyLink.replace(/^https?:\/\/[^/]+/, h.baseUrl));
    await prospect.getByLabel('Organisation', { exact: true }).fill('Mango Valley Foods');
    await prospect.getByLabel('Your name').fill('Kofi Mensah');
    await prospect.getByLabel('Email').fill('kofi@mangovalley.example');
    await prospect.getByRole('button', { name: 'Send the application' }).click();
    await prospect.getByText(/your application to .* has been received/).waitFor();

    // The demo's executive board decides on applications (docs/organisation.md, "Board role"):
    // Nadia, seated on it, approves from the member portal.
    const board = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(board, h.baseUrl, 'member2@demo.agglomera.org');
    await board.waitForURL(/\/w\//);
    await board.goto(`${ws}/operations/portal`);
    await board
      .getByTestId('application')
      .filter({ hasText: 'Mango Valley Foods' })
      .getByRole('button', { name: 'Approve (trial partnership)' })
      .click();
    await board.getByText('Mango Valley Foods approved: trial partnership started.').waitFor();
    await manager.reload();
    expect(await manager.getByTestId('stage-trial').innerText()).toContain('Mango Valley Foods');

    // The manager invites a login that speaks for the new trial member.
    await manager.goto(`${ws}/users`);
    const invite = manager.locator('form').filter({ hasText: 'Send invitation' });
    await invite.getByLabel('Email').fill('kofi@mangovalley.example');
    await invite.locator('select').first().selectOption('member');
    await invite.getByLabel('Speaks for (member organisation)').selectOption({ label: 'Mango Valley Foods' });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const invitation = await manager.getByTestId('invitation-link').innerText();

    // The manager plans an event with two seats.
    await manager.goto(`${ws}/operations/events`);
    await manager.getByRole('button', { name: '+ Plan an event' }).click();
    const form = manager.getByRole('dialog', { name: 'Plan an event' });
    await form.getByLabel('Title').fill('Mango export clinic');
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Capacity (empty: no limit)').fill('2');
    await form.getByLabel('Agenda').fill('09:00 EU market rules\n10:30 Buyers');
    await form.getByRole('button', { name: 'Plan event' }).click();
    await manager.getByText('Event planned.').waitFor();
    expect(await seriousViolations(manager)).toEqual([]);
    // Opened to non-members with members first on the waiting list (the platform's rule, per event).
    await manager.getByRole('link', { name: 'Mango export clinic' }).click();
    expect(await manager.getByTestId('event-openness').innerText()).toBe('Members only');
    await manager.getByRole('button', { name: 'Edit the event' }).click();
    const edit = manager.getByRole('dialog', { name: 'Edit “Mango export clinic”' });
    await edit.getByLabel('Open to non-members').check();
    await edit.getByLabel('Members first on the waiting list').check();
    expect(await seriousViolations(manager)).toEqual([]);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await manager.getByText('Event saved.').waitFor();
    expect(await manager.getByTestId('event-openness').innerText()).toBe(
      'Members and non-members; members first on the waiting list',
    );
    await manager.goto(`${ws}/operations/events`);

    // The new member accepts the invitation and uses the member portal.
    const member = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await member.goto(invitation.replace(/^https?:\/\/[^/]+/, h.baseUrl));
    await member.getByLabel('Name').fill('Kofi Mensah');
    await member.getByLabel(/password/i).fill('mango-valley-2026');
    await member.getByRole('button', { name: 'Accept the invitation' }).click();
    await member.waitForURL(/\/w\//);
    await member.goto(`${ws}/operations`);
    await member.getByRole('heading', { name: 'Member portal' }).waitFor();
    await member.getByRole('heading', { name: /Mango Valley Foods/ }).waitFor();
    expect(await member.getByRole('heading', { name: /Mango Valley Foods/ }).innerText()).toContain(
      'Trial partners',
    );
    const entry = member.locator('form').filter({ hasText: 'Add to the competence atlas' });
    await entry.getByLabel('Title').fill('Mango puree, 20 t per season');
    await entry.getByLabel('Keywords').fill('puree, export');
    await entry.getByRole('button', { name: 'Add' }).click();
    await member.getByText('Entry added to the atlas.').waitFor();
    expect(await seriousViolations(member)).toEqual([]);

    await member.locator('nav.subnav').getByRole('link', { name: 'Events' }).click();
    await member.getByRole('link', { name: 'Mango export clinic' }).click();
    await member.getByRole('button', { name: 'Register' }).click();
    await member.getByText('You are registered.').waitFor();
    expect(await member.getByTestId('seats').innerText()).toContain('1 of 2 seats left');
    expect(await seriousViolations(member)).toEqual([]);

    // The management records attendance; the member answers the feedback form.
    await manager.getByRole('link', { name: 'Mango export clinic' }).click();
    await manager.getByLabel('Kofi Mensah attended').click();
    await manager.getByText('Attendance of Kofi Mensah saved.').waitFor();
    await member.reload();
    const feedback = member.locator('form').filter({ hasText: 'Feedback form' });
    await feedback.getByLabel('5 – excellent').check();
    await feedback.getByLabel('What was most useful?').fill('Meeting two EU buyers');
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await member.getByText('Thank you for your feedback.').waitFor();
    await manager.reload();
    expect(await manager.getByTestId('feedback-summary').innerText()).toBe('1 answers, mean rating 5.0 of 5');
    expect(await seriousViolations(manager)).toEqual([]);

    // The demo tests headhunting in a pilot before offering it broadly (004:532).
    await manager.goto(`${ws}/operations/services`);
    const pilot = manager.getByTestId('service-row').filter({ hasText: 'HR services (headhunting) (demo)' });
    expect(await pilot.innerText()).toContain('Pilot');
    expect(await seriousViolations(manager)).toEqual([]);

    // The member rates a live service; the management's portfolio shows the answer.
    await manager.goto(`${ws}/operations/service-portfolio`);
    expect(await manager.getByTestId('match-rule').innerText()).toContain(
      "the platform's choice; the guide gives no rule",
    );
    const row = () => manager.getByTestId('portfolio-row').filter({ hasText: 'Tender training (demo)' });
    await row().waitFor();
    expect((await row().locator('td').allTextContents())[2]).toBe('0');
    const memberChart = () => manager.getByTestId('member-portfolio').getByRole('img');
    expect(await memberChart().getAttribute('aria-label')).not.toContain('Tender training (demo)');
    const dotsBefore = await manager
      .getByTestId('member-portfolio')
      .locator('.recharts-scatter-symbol')
      .count();
    expect(await seriousViolations(manager)).toEqual([]);

    await member.goto(`${ws}/operations/services`);
    const service = member.getByTestId('service').filter({ hasText: 'Tender training (demo)' });
    await service.getByLabel('Importance to me').selectOption({ label: 'High' });
    await service.getByLabel('Satisfaction').selectOption({ label: 'Dissatisfied' });
    await service.getByRole('button', { name: 'Save' }).click();
    await member.getByText('Your view of Tender training (demo) is saved.').waitFor();
    expect(await seriousViolations(member)).toEqual([]);

    await manager.reload();
    await row().waitFor();
    const cells = await row().locator('td').allTextContents();
    expect(cells.slice(2)).toEqual(['1', '3.0', '1.0', 'Match']);
    expect(await memberChart().getAttribute('aria-label')).toContain(
      'Tender training (demo) (Importance to me 3.0, Satisfaction 1.0)',
    );
    expect(await manager.getByTestId('member-portfolio').locator('.recharts-scatter-symbol').count()).toBe(
      dotsBefore + 1,
    );

    // The member page gathers it all.
    await manager.goto(`${ws}/operations`);
    await manager.getByTestId('stage-trial').getByRole('link', { name: 'Mango Valley Foods' }).click();
    await manager.getByRole('heading', { name: 'Mango Valley Foods' }).waitFor();
    const page = await manager.locator('section').innerText();
    expect(page).toContain('Kofi Mensah <kofi@mangovalley.example>');
    expect(page).toContain('Mango export clinic');
    expect(page).toContain('Tender training (demo): Importance to me High, Satisfaction Dissatisfied');
    expect(await seriousViolations(manager)).toEqual([]);
  });

  it('lets a member search the competence atlas but not open the register', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'member2@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/[^/]+$/, '');
    await page.goto(`${ws}/operations/atlas`);
    await page.getByLabel('Search').fill('cold room');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByText('1 entry found').waitFor();
    expect(await page.getByTestId('atlas-results').innerText()).toContain(
      'Spare cold-room capacity (40 pallets)',
    );
    expect(await seriousViolations(page)).toEqual([]);
    // the register, fees and the management's member pages stay closed to members
    const api = ws.replace('/w/', '/api/v1/workspaces/');
    expect((await page.request.get(`${api}/actors`)).status()).toBe(403);
    expect((await page.request.get(`${api}/fees/invoices`)).status()).toBe(403);
  });

  it('plans a project on its timeline, refuses a deadline outside it, and shares a joint action', async () => {
    const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
    await signInAs(page, h.baseUrl, 'manager@demo.agglomera.org');
    await page.waitForURL(/\/w\//);
    const ws = page.url().replace(/\/(lifecycle|home)$/, '');
    await page.goto(`${ws}/operations/projects`);
    await page.getByRole('link', { name: 'Shared packaging lab (demo)' }).click();
    await page.getByTestId('gantt').waitFor();
    const chart = page.getByTestId('gantt').getByRole('img');
    expect(await chart.getAttribute('aria-label')).toContain(
      'WP1 Requirements: Collect packaging specs from members',
    );
    expect(await seriousViolations(page)).toEqual([]);

    const task = page.locator('form').filter({ hasText: 'Add a task' });
    await task.getByLabel('Task').fill('Print the trial labels');
    await task.getByLabel('Starts on').fill('2020-01-01');
    await task.getByLabel('Deadline').fill('2020-01-10');
    await task.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('alert').filter({ hasText: 'lies outside the project' }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await task.getByLabel('Starts on').fill(today);
    await task.getByLabel('Deadline').fill(today);
    await task.getByRole('button', { name: 'Add' }).click();
    await page.getByText('Task added.').waitFor();
    expect(await chart.getAttribute('aria-label')).toContain('Print the trial labels');
    expect(await page.getByTestId('budget').innerText()).toContain('Equipment');

    await page.goto(`${ws}/operations/joint-actions`);
    await page
      .getByTestId('joint-action')
      .filter({ hasText: 'Joint purchase of glass jars (demo)' })
      .waitFor();
    const form = page.locator('form').filter({ hasText: 'Record a joint action' });
    await form.getByLabel('Joint action', { exact: true }).fill('Shared stand at SIAL');
    await form.getByLabel('Kind').selectOption('trade_fair');
    await form.getByLabel('Total cost').fill('3000.01');
    const firms = await form.getByLabel('Add a participant').locator('option').allTextContents();
    const twoFirms = firms.filter((f) => f.includes('(Firm)')).slice(0, 2);
    for (const f of twoFirms) await form.getByLabel('Add a participant').selectOption({ label: f });
    await form.getByRole('button', { name: 'Record' }).click();
    await page.getByText('Joint action recorded.').waitFor();
    const card = await page
      .getByTestId('joint-action')
      .filter({ hasText: 'Shared stand at SIAL' })
      .innerText();
    expect(card).toContain('1,500.01 EUR');
    expect(card).toContain('1,500.00 EUR');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${ws}/operations/communication`);
    const newList = page.locator('form').filter({ hasText: 'New mailing list' });
    await newList.getByLabel('Name').fill('All members');
    await newList.getByRole('button', { name: 'Create list' }).click();
    await page.getByText('Mailing list created.').waitFor();
    const send = page.locator('form').filter({ hasText: 'Send a message' });
    await send.getByLabel('List').selectOption({ index: 1 });
    await send.getByLabel('Subject').fill('General assembly');
    await send.getByLabel('Message').fill('The agenda is online.');
    await send.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/^Sent to \d+; 0 failed; \d+ without an e-mail address\.$/).waitFor();
    expect(await page.getByTestId('messages').innerText()).toContain('General assembly');
    expect(await seriousViolations(page)).toEqual([]);

    for (const path of ['services', 'working-groups', 'events']) {
      await page.goto(`${ws}/operations/${path}`);
      await page.locator('h1').waitFor();
      await page.locator('table, ul.cards, p.muted').first().waitFor();
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
});
