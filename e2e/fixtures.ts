// Shared fixture: each spec gets a Calculator page object bound to the served build.
import { test as base } from '@playwright/test';
import { Calculator } from './pages/calculator';

export const test = base.extend<{ calc: Calculator }>({
  calc: async ({ page, baseURL }, use) => {
    await use(new Calculator(page, baseURL ?? 'http://127.0.0.1/'));
  },
});
export { expect } from '@playwright/test';
