import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, seriousViolations, signInAs, startHarness, type Harness } from './harness.js';

async function open(h: Harness, email: string) {
  const page = await (await h.browser.newContext({ locale: 'en-GB' })).newPage();
  await signInAs(page, h.baseUrl, email);
  await page.waitForURL(/\/w\/[^/]+\//);
  const workspace = /\/w\/([^/]+)\//.exec(page.url())![1]!;
  return { page, workspace };
}

const FOOD_LAB = 'Food Safety Lab (demo)';
const CHAMBER = 'Lakeside Chamber of Commerce (demo)';

describe.skipIf(!chromiumPath)('browser: a survey naming the actors one cooperates with', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('manager builds a named ties question, a member names two actors, manager reads and imports the ties into the network', async () => {
    // The manager builds the survey; the builder refuses ties in an anonymous survey before sending it.
    const { page, workspace } = await open(h, 'manager@demo.agglomera.org');
    await page.goto(`${h.baseUrl}/w/${workspace}/monitoring/surveys`);
    await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
    await page.getByLabel('Title in English').fill('Who we work with');
    await page.getByLabel('Title in French').fill('Avec qui nous travaillons');
    await page.getByLabel('Title in Spanish').fill('Con quién trabajamos');
    await page.getByLabel('Question type').selectOption('actor_ties');
    await page.getByLabel('Kind of tie').selectOption('cooperation');
    await page.getByText('Respondents will see the names of the actors of the register').waitFor();
    await page.getByText('A question on ties needs named answers').waitFor();
    await page.getByLabel('Question in English').fill('Which actors do you cooperate with?');
    await page.getByLabel('Question in French').fill('Avec quels acteurs coopérez-vous ?');
    await page.getByLabel('Question in Spanish').fill('¿Con qué actores coopera?');
    expect(await page.getByLabel('An answer is required').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Create the survey' }).click();
    await page.getByRole('alert').getByText('Question 1 asks about ties between actors').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Anonymous answers').uncheck();
    expect(await page.getByText('A question on ties needs named answers').count()).toBe(0);
    await page.getByRole('button', { name: 'Create the survey' }).click();
    await page.getByRole('heading', { name: 'Who we work with', level: 1 }).waitFor();
    const surveyUrl = page.url();
    const surveyId = /\/surveys\/([^/?]+)/.exec(surveyUrl)![1]!;
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Links sent.').waitFor();
    expect(await page.getByTestId('invited').innerText()).toBe('5');
    await page.context().close();

    // The member (whose login speaks for a member firm) names two actors of the register.
    const m = await open(h, 'member@demo.agglomera.org');
    await m.page.goto(`${h.baseUrl}/w/${m.workspace}/monitoring/surveys`);
    await m.page.getByRole('heading', { name: 'My surveys' }).waitFor();
    await m.page.getByRole('link', { name: 'Who we work with' }).click();
    const question = m.page.getByRole('group', { name: '1. Which actors do you cooperate with?' });
    await question.waitFor();
    // The register of the demo has about a hundred actors: a filter box helps find them.
    await question.getByLabel('Find an actor').fill('Food Safety');
    await question.getByRole('checkbox', { name: FOOD_LAB, exact: true }).check();
    await question.getByLabel(`Strength of the tie with ${FOOD_LAB}`).selectOption('5');
    await question.getByLabel('Find an actor').fill('Chamber of Commerce');
    await question.getByRole('checkbox', { name: CHAMBER, exact: true }).check();
    // An actor already named stays in view whatever the filter.
    expect(await question.getByRole('checkbox', { name: FOOD_LAB, exact: true }).isChecked()).toBe(true);
    expect(await question.getByLabel(`Strength of the tie with ${CHAMBER}`).inputValue()).toBe('3');
    await question.getByLabel(`Strength of the tie with ${CHAMBER}`).selectOption('2');
    await question.getByText('2 actors named').waitFor();
    expect(await seriousViolations(m.page)).toEqual([]);
    await m.page.getByRole('button', { name: 'Send my answers' }).click();
    await m.page.getByText('Thank you: your answers are saved.').waitFor();
    await m.page.context().close();

    // The manager reads the ties named and the most named actors.
    const again = await open(h, 'manager@demo.agglomera.org');
    const mp = again.page;
    await mp.goto(surveyUrl);
    await mp.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await mp.getByTestId('responses').innerText()).toBe('1');
    const result = mp.getByTestId('result-q1');
    await result.getByTestId('ties-named').filter({ hasText: /^2$/ }).waitFor();
    await result.getByRole('row', { name: new RegExp(`^${FOOD_LAB.replace(/[()]/g, '\\$&')} 1$`) }).waitFor();
    await result.getByRole('row', { name: new RegExp(`^${CHAMBER.replace(/[()]/g, '\\$&')} 1$`) }).waitFor();
    await result.locator('.recharts-surface').first().waitFor();
    expect(await seriousViolations(mp)).toEqual([]);

    // … and adds them to the network, dated on a chosen day; a second run adds nothing.
    const year = new Date().getUTCFullYear();
    const observedOn = `${year}-01-02`;
    const form = result.getByRole('form', { name: 'Add these ties to the network' });
    await form.getByLabel('Date of the ties (optional)').fill(observedOn);
    const [response] = await Promise.all([
      mp.waitForResponse(
        (r) => r.url().endsWith(`/surveys/${surveyId}/ties`) && r.request().method() === 'POST',
      ),
      form.getByRole('button', { name: 'Add the ties to the network' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({ question: 'q1', observedOn });
    const counts = (await response.json()) as { created: number; skipped: number; withoutActor: number };
    expect(counts).toEqual({ created: 2, skipped: 0, withoutActor: 0 });
    await form.getByRole('status').filter({ hasText: '2 ties added to the network.' }).waitFor();
    expect(await seriousViolations(mp)).toEqual([]);
    await form.getByRole('button', { name: 'Add the ties to the network' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: 'No new tie added to the network, 2 already there.' })
      .waitFor();

    const ties = (await mp.evaluate(
      async (ws) => (await (await fetch(`/api/v1/workspaces/${ws}/ties`)).json()).ties,
      again.workspace,
    )) as {
      tie_type: string;
      strength: number;
      observed_on: string;
      source_name: string;
      target_name: string;
    }[];
    const named = ties.filter((t) => t.observed_on === observedOn && t.tie_type === 'cooperation');
    const strength = (name: string) =>
      named.find((t) => t.source_name === name || t.target_name === name)?.strength;
    expect(named).toHaveLength(2);
    expect(strength(FOOD_LAB)).toBe(5);
    expect(strength(CHAMBER)).toBe(2);

    await form.getByRole('link', { name: 'Open the network of the cluster actors' }).click();
    await mp.getByRole('heading', { name: 'Network of the cluster actors', level: 1 }).waitFor();
    expect(mp.url()).toBe(`${h.baseUrl}/w/${again.workspace}/diagnose/network`);
  });
});
