// Generates, from each <name>/action.yml: actions/<name>/inputs.ts (the Inputs/Outputs the code reads)
// and action-docs/<name>.md (reference + hand-written examples from action-docs/examples/<name>.md).
// `--check` writes nothing and exits 1 when a generated file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS, readActionYml, root } from './actions.js';

const REPO = 'org/ci-kit';

function pascal(name) {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, char) => char.toUpperCase());
}

function tsString(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function isExpression(value) {
  return typeof value === 'string' && value.includes('${{');
}

export function inputsSource(name, yml) {
  const lines = [
    `// Generated from ${name}/action.yml by \`npm run generate\`. Do not edit.`,
    '',
    'export const Inputs = {',
  ];
  for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
    const fields = [`name: ${tsString(input)}`];
    if (spec.required) fields.push('required: true');
    // Expression defaults (`${{ github.token }}`) are evaluated by the runner, never by the action.
    if (spec.default !== undefined && spec.default !== '' && !isExpression(spec.default)) {
      fields.push(`default: ${tsString(spec.default)}`);
    }
    const line = `  ${pascal(input)}: { ${fields.join(', ')} },`;
    // Laid out as the formatter (Biome, lineWidth 110) lays it out, so a generated file passes the lint.
    if (line.length <= 110) lines.push(line);
    else lines.push(`  ${pascal(input)}: {`, ...fields.map((field) => `    ${field},`), '  },');
  }
  lines.push('} as const;', '', 'export const Outputs = {');
  for (const output of Object.keys(yml.outputs ?? {}))
    lines.push(`  ${pascal(output)}: ${tsString(output)},`);
  lines.push('} as const;', '');
  return lines.join('\n');
}

function cell(text) {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();
}

export function docsSource(name, yml, examples) {
  const inputs = Object.entries(yml.inputs ?? {});
  const outputs = Object.entries(yml.outputs ?? {});
  const required = inputs.filter(([, spec]) => spec.required);
  const usage = [
    `- uses: ${REPO}/${name}@v1`,
    '  with:',
    ...(required.length ? required : inputs.slice(0, 1)).map(([input]) => `    ${input}: …`),
  ];
  const lines = [
    `<!-- Generated from ${name}/action.yml and action-docs/examples/${name}.md by \`npm run generate\`. Do not edit. -->`,
    `# ${name}`,
    '',
    yml.description,
    '',
    '```yaml',
    ...usage,
    '```',
    '',
    '## Inputs',
    '',
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs.map(
      ([input, spec]) =>
        `| \`${input}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default ? `\`${cell(spec.default)}\`` : ''} | ${cell(spec.description)} |`,
    ),
    '',
    '## Outputs',
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs.map(([output, spec]) => `| \`${output}\` | ${cell(spec.description)} |`),
    '',
  ];
  if (examples) lines.push(examples.trim(), '');
  return lines.join('\n');
}

export function generatedFiles() {
  const files = [];
  for (const name of ACTIONS) {
    const yml = readActionYml(name);
    const examplesPath = join(root, 'action-docs', 'examples', `${name}.md`);
    const examples = existsSync(examplesPath) ? readFileSync(examplesPath, 'utf8') : '';
    files.push({ path: `actions/${name}/inputs.ts`, content: inputsSource(name, yml) });
    files.push({ path: `action-docs/${name}.md`, content: docsSource(name, yml, examples) });
  }
  return files;
}

export function staleFiles() {
  return generatedFiles().filter(({ path, content }) => {
    const full = join(root, path);
    return !existsSync(full) || readFileSync(full, 'utf8') !== content;
  });
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    for (const { path } of stale) console.error(`stale: ${path} (run npm run generate)`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const { path, content } of generatedFiles()) writeFileSync(join(root, path), content);
  console.log('generated inputs.ts and action-docs for', ACTIONS.join(', '));
}
