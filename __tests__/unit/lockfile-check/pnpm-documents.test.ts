// pnpm 11+ lockfiles hold two YAML documents; each is cut out padded so that its lines keep their numbers.
import { expect, it } from '@jest/globals';
import { yamlDocuments } from '../../../actions/lockfile-check/ecosystems/pnpm-config.js';

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
