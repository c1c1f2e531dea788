import { describe, expect, it } from '@jest/globals';
import { splitArgs } from '../../../actions/docker-smoke-test/args.js';

describe('splitArgs', () => {
  it('splits on whitespace and newlines', () => {
    expect(splitArgs('  serve --port 8080\n--verbose ')).toEqual(['serve', '--port', '8080', '--verbose']);
    expect(splitArgs('')).toEqual([]);
  });

  it('keeps quoted text together and expands nothing', () => {
    expect(splitArgs(`sh -c "echo \\"hi\\" $HOME; exit 1"`)).toEqual(['sh', '-c', 'echo "hi" $HOME; exit 1']);
    expect(splitArgs(`echo 'a  b' "" c\\ d`)).toEqual(['echo', 'a  b', '', 'c d']);
    expect(splitArgs(`--label=a="b c"`)).toEqual(['--label=a=b c']);
  });

  it('reports an unclosed quote', () => {
    expect(splitArgs(`sh -c "echo`)).toBe('has an unclosed " quote');
    expect(splitArgs(`it's`)).toBe("has an unclosed ' quote");
  });
});
