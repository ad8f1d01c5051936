import { globSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';

// The pages the end-to-end tests are about to open, as the build wrote them.
const pages = globSync('dist/**/*.html');

test('every built page is valid HTML (html-validate recommended rules; tuned rules and why: docs/html-validation.md)', async () => {
  test.setTimeout(240_000);
  expect(pages.length, 'the build wrote no pages').toBeGreaterThan(100);
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateMultipleFiles(pages);
  expect(report.valid ? '' : formatterFactory('text')(report.results)).toBe('');
});
