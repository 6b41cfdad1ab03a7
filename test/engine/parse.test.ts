/**
 * The parser and the parse cache: ranges, multi-document recovery, hostile
 * input (alias bombs, deep nesting, binary) and segment reuse.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, ParseCache } from '../../server/src/engine';
import { parseText, yamlSegments } from '../../server/src/engine/parse';

describe('YAML parsing', () => {
  test('keys and values keep exact offsets, comments are collected', () => {
    const text = 'a: "x\\ny" # note\nb: plain\n';
    const [document] = parseText(text, 'yaml').documents;
    assert.equal(document.root?.kind, 'map');
    if (document.root?.kind !== 'map') return;
    const [a, b] = document.root.pairs;
    assert.equal(text.slice(a.key.offset, a.key.offset + a.key.length), 'a');
    assert.equal(a.value?.kind === 'scalar' && a.value.verbatim, false, 'escaped string is not verbatim');
    assert.equal(b.value?.kind === 'scalar' && text.slice(b.value.contentOffset, b.value.contentOffset + 5), 'plain');
    assert.deepEqual(
      document.comments.map((c) => c.text),
      ['note'],
    );
  });

  test('a syntax error in one document leaves the others checked', () => {
    const text = 'a: [1\n---\nurl: http://10.0.0.1/\n';
    const ids = lint(text, 'yaml').map((f) => `${f.ruleId}@${f.range.start.line}`);
    assert.ok(ids.includes('parse-error@1'), ids.join());
    assert.ok(ids.includes('private-address@2'), ids.join());
  });

  test('segments split at --- lines only, comment-only heads glued to the next', () => {
    const text = '# head\n---\na: 1\n---\nb: "---"\n  # ---\n---\nc: 3\n';
    const segments = yamlSegments(text).map(({ start, end }) => text.slice(start, end));
    assert.deepEqual(segments, ['# head\n---\na: 1\n', '---\nb: "---"\n  # ---\n', '---\nc: 3\n']);
    assert.equal(parseText(text, 'yaml').documents.length, 3);
  });

  test('directives keep the file whole', () => {
    assert.equal(yamlSegments('%YAML 1.2\n---\na: 1\n---\nb: 2\n').length, 1);
  });

  test('segments start where the multiline patterns /^---(?=[ \\t\\r\\n]|$)/ and /^%/ say, every line terminator included', () => {
    // The scans use indexOf for speed; these are the patterns they stand for.
    const hasContent = (segment: string): boolean => segment.split(/[\r\n]/).some((line) => /^[^#]/.test(line.trim()));
    const reference = (text: string): Array<{ start: number; end: number }> => {
      if (/^%/m.test(text)) return [{ start: 0, end: text.length }];
      const starts = [0, ...[...text.matchAll(/^---(?=[ \t\r\n]|$)/gm)].map((match) => match.index).filter((index) => index > 0)];
      const segments: Array<{ start: number; end: number }> = [];
      let start = 0;
      for (let i = 0; i < starts.length; i++) {
        const end = starts[i + 1] ?? text.length;
        if (end < text.length && !hasContent(text.slice(start, end))) continue;
        segments.push({ start, end });
        start = end;
      }
      return segments;
    };
    const piece = fc.constantFrom('---', '----', '-', '%', 'a: 1', ' ', '\t', '\n', '\r', '\r\n', '\u2028', '\u2029', '#', 'x%y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(yamlSegments(text), reference(text), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parse cache', () => {
  test('an edit in one document re-parses only that document, with offsets shifted', () => {
    const docs = Array.from({ length: 50 }, (_, i) => `name: svc${i}\nurl: https://svc${i}.example.nhs.uk/\n`);
    const cache = new ParseCache();
    const first = docs.join('---\n');
    lint(first, 'yaml', {}, { cache });
    assert.equal(cache.parsedSegments, 50);
    docs[10] = 'name: svc10\nurl: http://10.0.0.10/\n# longer now, shifting every later document\n';
    const second = docs.join('---\n');
    const findings = lint(second, 'yaml', {}, { cache });
    assert.equal(cache.parsedSegments, 1);
    const uncached = lint(second, 'yaml');
    assert.deepEqual(findings, uncached, 'cached and uncached lint agree');
    // A later document's finding sits at the right offset after the shift.
    docs[40] = 'url: https://10.4.0.40/\n';
    const third = docs.join('---\n');
    const shifted = lint(third, 'yaml', {}, { cache }).find(
      (f) => f.ruleId === 'private-address' && third.slice(f.range.start.offset, f.range.end.offset) === '10.4.0.40',
    );
    assert.ok(shifted);
    assert.equal(third.slice(shifted.range.start.offset, shifted.range.end.offset), '10.4.0.40');
  });

  test('two equal documents keep their own findings through the cache (issue 11)', () => {
    const text = '---\nurl: http://10.0.0.1\n---\nurl: http://10.0.0.1\n';
    const fresh = lint(text, 'yaml');
    assert.equal(fresh.length, 4, fresh.map((f) => f.ruleId).join());
    const cache = new ParseCache();
    assert.deepEqual(lint(text, 'yaml', {}, { cache }), fresh, 'first lint through the cache');
    assert.deepEqual(lint(text, 'yaml', {}, { cache }), fresh, 'second lint, every segment reused');
    assert.equal(cache.parsedSegments, 0);
    const offsets = parseText(text, 'yaml', cache).documents.map((document) => document.offset);
    assert.deepEqual(offsets, [0, text.indexOf('---', 1)], 'each document at its own place');
  });
});

describe('hostile input', () => {
  test('an alias bomb is linted quickly and findings stay at the anchor', () => {
    const lines = ['a: &a ["http://10.0.0.1/", "x"]'];
    for (let i = 1; i < 20; i++)
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`);
    const started = performance.now();
    const findings = lint(lines.join('\n'), 'yaml');
    assert.ok(performance.now() - started < 10_000, 'in seconds, not the minutes an expanded bomb takes (bounded generously: the machine may be busy)');
    assert.equal(findings.filter((f) => f.ruleId === 'private-address').length, 1);
  });

  test('deep nesting gives a finding, not a crash', () => {
    const depth = 5000;
    const yaml = lint('['.repeat(depth) + ']'.repeat(depth), 'yaml');
    const json = lint('['.repeat(depth) + ']'.repeat(depth), 'json');
    assert.ok(yaml.length >= 1 && yaml.every((f) => f.ruleId === 'parse-error'));
    assert.ok(json.some((f) => f.ruleId === 'parse-error'));
  });

  test('binary content is reported once and not parsed', () => {
    const findings = lint('\u0000\u0001\u0002binary', 'yaml');
    assert.deepEqual(
      findings.map((f) => f.messageId),
      ['binary'],
    );
    assert.match(findings[0].message, /binary file/);
  });

  test('malformed JSON keeps what parsed before the error', () => {
    const findings = lint('{"url": "http://10.0.0.1/", "b": }', 'json');
    assert.ok(findings.some((f) => f.ruleId === 'private-address'));
    assert.ok(findings.some((f) => f.ruleId === 'parse-error'));
  });
});
