// pnpm 11+ lockfiles hold two YAML documents; each is cut out padded so that its lines keep their numbers.
import { expect, it } from '@jest/globals';
import { yamlDocuments } from '../../../actions/lockfile-check/ecosystems/pnpm-config.js';
import { parseYamlText } from '../../../actions/lockfile-check/files.js';

it('cuts at --- lines and keeps every line at its number', () => {
  const text =
    '---\nlockfileVersion: 9.0\n\nimporters: {}\n\n---\nlockfileVersion: 9.0\npackages: {}\n---   \n\n';
  const documents = yamlDocuments({ path: 'pnpm-lock.yaml', text });
  expect(documents).toHaveLength(2);
  const original = text.split('\n');
  for (const document of documents) {
    document.text.split('\n').forEach((line, index) => {
      if (line) expect(line).toBe(original[index]);
    });
  }
  expect(documents[0]!.text.trim()).toBe('lockfileVersion: 9.0\n\nimporters: {}');
  expect(documents[1]!.text.split('\n')[6]).toBe('lockfileVersion: 9.0');
});

it('returns a file without a separator line as it is', () => {
  const file = { path: 'pnpm-lock.yaml', text: 'lockfileVersion: 9.0\n--- not a separator\n' };
  expect(yamlDocuments(file)).toEqual([file]);
});

it('reads the last document in place, as its padded copy reads', async () => {
  const text =
    "---\nlockfileVersion: '9.0'\nimporters:\n  .: {}\n---\nlockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n";
  const documents = yamlDocuments({ path: 'pnpm-lock.yaml', text });
  const last = documents.at(-1)!;
  expect(last.within).toEqual({ text, start: text.indexOf('---', 4) + 4 });
  const inPlace = await parseYamlText(last);
  expect(inPlace).toEqual(await parseYamlText({ path: last.path, text: last.text }));
  expect(inPlace).toEqual({
    lockfileVersion: '9.0',
    importers: { '.': { dependencies: { a: { specifier: '^1.0.0', version: '1.0.0' } } } },
  });
});
