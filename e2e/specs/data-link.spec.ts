// Another region's chain by link: `data=<same-site file>` loads and validates a dataset
// before the link's own figures apply to it; an imported file is kept in this browser
// under its content hash (`data=stored:<hash>`), and another browser says it lacks it.
import { test, expect } from '../fixtures';
import { Assumptions, fixture } from '../pages/assumptions';

test.use({ serviceWorkers: 'block' });

const EXAMPLE = 'Example chain: rod only (demo for data= links)';

test('a data= link shows that chain, with the link\'s own edits applied to it', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&data=examples%2Fsmall-chain.json&product=rod');
  await expect(calc.testId('dataset-name')).toHaveText(EXAMPLE);
  await a.expectHeadline(600);
  // An edit in the link applies to the loaded chain, not to the built-in one.
  await calc.open('lang=en&data=examples%2Fsmall-chain.json&product=rod&av=primary.rod%3A700');
  await a.expectHeadline(700);
  // The address keeps naming the file, so a reload or a shared link shows it again.
  await expect.poll(() => page.url()).toContain('data=examples%2Fsmall-chain.json');
  await page.reload();
  await expect(calc.testId('dataset-name')).toHaveText(EXAMPLE);
  await a.expectHeadline(700);
  // The share panel's embed code carries it too, for a promotion page of that region.
  await calc.testId('share-open').click();
  await expect(calc.testId('share-embed')).toHaveValue(/embed=1.*data=examples%2Fsmall-chain\.json/);
  await calc.expectClean();
});

test('a data= link that cannot be used says why and shows the built-in chain', async ({ calc }) => {
  const cases: Array<[string, RegExp]> = [
    ['lang=en&data=examples%2Fno-such-chain.json', /could not be fetched \(HTTP 404\)/],
    ['lang=en&data=https%3A%2F%2Fexample.com%2Fchain.json', /data=https:\/\/example\.com.* is not understood/],
    ['lang=zh&data=examples%2Fhost-page.css', /数据集 .* 无效/],
    ['lang=zh&data=stored%3A0123456789abcdef', /另一个浏览器中导入/],
  ];
  for (const [query, message] of cases) {
    await calc.open(query);
    await expect(calc.testId('notices')).toContainText(message);
    await expect(calc.testId('dataset-name')).toContainText(/Binzhou|滨州/);
    await expect(calc.testId('added-value-per-ton')).toBeVisible();
  }
});

test('an imported file survives a reload and its link works in this browser only', async ({ calc, page, browser }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  await calc.testId('import-file').setInputFiles(fixture('copper-chain.json'));
  await expect(calc.testId('dataset-name')).toHaveText('Example copper chain');
  await a.expectHeadline(20000);
  await expect.poll(() => page.url()).toMatch(/data=stored%3A[0-9a-f]{16}/);
  const link = page.url();
  await page.reload();
  await expect(calc.testId('dataset-name')).toHaveText('Example copper chain');
  await a.expectHeadline(20000);

  // Another browser (a fresh context: empty storage) has no copy: it says so in English.
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(otherPage.getByTestId('notices')).toContainText('imported in another browser');
  await expect(otherPage.getByTestId('dataset-name')).toContainText('Binzhou');
  await other.close();
  await calc.expectClean();
});

test('a data= link whose file cannot be used still shows the link\'s product and figures on the built-in chain', async ({ calc, page }) => {
  const a = new Assumptions(page);
  // (language, the file, the notice, furniture's name). The built-in chain's furniture path
  // is billet 300 + profile 2,700 + furniture 77,000; the link sets furniture's step to
  // 70,000, so the headline must be 300 + 2,700 + 70,000.
  const cases: Array<[string, string, RegExp, string]> = [
    ['en', './broken.json', /could not be fetched \(HTTP 404\)/, 'Aluminium furniture'],
    ['zh', 'examples%2Fhost-page.css', /数据集 .* 无效/, '全铝家具'],
  ];
  for (const [lang, file, notice, name] of cases) {
    await calc.open(`lang=${lang}&product=furniture&data=${file}&av=profile.furniture%3A70000`);
    await expect(calc.testId('notices')).toContainText(notice);
    await expect(calc.testId('dataset-name')).toContainText(/Binzhou|滨州/);
    await expect(calc.testId('product-picker')).toHaveValue('furniture');
    await expect(calc.testId('result-path')).toContainText(name);
    await a.expectHeadline(300 + 2700 + 70000);
    // The address keeps the link's product and edit (the file it could not read is dropped).
    await expect.poll(() => new URL(page.url()).searchParams.get('product')).toBe('furniture');
    expect(new URL(page.url()).searchParams.get('av')).toBe('profile.furniture:70000');
  }
});

test('the import and export hints speak to visitors, not developers', async ({ calc, page }) => {
  // The format's version, where its spec lives and how the CSV is encoded are for docs.
  const developerWords = /schema|\.md\b|docs\/|\bBOM\b|MiB/i;
  for (const lang of ['en', 'zh']) {
    await calc.open(`lang=${lang}&product=furniture`);
    await expect(calc.testId('dataset-import')).toBeVisible();
    const importText = (await calc.testId('dataset-import').textContent()) ?? '';
    expect(importText).toMatch(/JSON/);
    expect(importText).not.toMatch(developerWords);
    await calc.testId('share-open').click();
    const share = calc.testId('share-panel');
    await expect(share).toBeVisible();
    const shareText = (await share.textContent()) ?? '';
    expect(shareText).toMatch(/CSV/);
    expect(shareText).not.toMatch(developerWords);
  }
  await calc.expectClean();
});
