/**
 * The engine helpers behind the editor features, directly: where "Disable
 * <rule> for this line" puts its comment (and that the result parses and
 * waives exactly that finding), and schema completion edge cases.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { disableRuleFix, lint, manifestCompletions, type LanguageId } from '../../server/src/engine';

interface WaiverCase {
  name: string;
  text: string;
  line: number;
  languageId?: LanguageId;
  ruleId?: string;
  /** The text after the fix; undefined: no fix is offered. */
  output: string | undefined;
  title?: string;
}

const DIRECTIVE = 'insecure-url -- <reason>';

const CASES: WaiverCase[] = [
  {
    name: 'appended to a plain line',
    text: 'url: http://a.example.com\n',
    line: 0,
    output: `url: http://a.example.com  # internet-first-disable-line ${DIRECTIVE}\n`,
  },
  {
    name: 'trailing spaces are replaced, not kept before the comment',
    text: 'url: http://a.example.com   \n',
    line: 0,
    output: `url: http://a.example.com  # internet-first-disable-line ${DIRECTIVE}\n`,
  },
  {
    name: 'inside a multi-line flow sequence the comment still goes after the item',
    text: 'hosts: [\n  "http://a.example.com",\n  b ]\n',
    line: 1,
    output: `hosts: [\n  "http://a.example.com",  # internet-first-disable-line ${DIRECTIVE}\n  b ]\n`,
  },
  {
    name: 'a multi-line plain scalar would end at a comment: the waiver goes above',
    text: 'url: http://a.example.com/very/long\n  /continued\n',
    line: 0,
    output: `# internet-first-disable-next-line ${DIRECTIVE}\nurl: http://a.example.com/very/long\n  /continued\n`,
  },
  {
    name: 'a comment inside a multi-line quoted string would be text: the waiver goes above',
    text: 'url: "http://a.example.com/first\n  second"\n',
    line: 0,
    output: `# internet-first-disable-next-line ${DIRECTIVE}\nurl: "http://a.example.com/first\n  second"\n`,
  },
  {
    name: 'a line with a comment: above, at its indentation, with its CRLF line break',
    text: 'svc:\r\n  url: http://a.example.com # main\r\n',
    line: 1,
    output: `svc:\r\n  # internet-first-disable-next-line ${DIRECTIVE}\r\n  url: http://a.example.com # main\r\n`,
  },
  {
    name: 'an expired waiver above and a comment on the line: only a file waiver fits without breaking the old one',
    text: 'svc:\n  # internet-first-disable-next-line insecure-url until=2020-01-01 -- old\n  url: http://a.example.com # main\n',
    line: 2,
    title: 'Disable insecure-url for this file',
    output:
      `# internet-first-disable-file ${DIRECTIVE}\nsvc:\n  # internet-first-disable-next-line insecure-url until=2020-01-01 -- old\n` +
      `  url: http://a.example.com # main\n`,
  },
  {
    name: 'a next-line waiver above for another rule gets this rule added',
    text: '# internet-first-disable-next-line non-public-hostname -- test double\nurl: http://a.example.com # main\n',
    line: 1,
    output: '# internet-first-disable-next-line non-public-hostname, insecure-url -- test double\nurl: http://a.example.com # main\n',
  },
  {
    name: 'in the second YAML document',
    text: 'a: 1\n---\nurl: http://a.example.com\n',
    line: 2,
    output: `a: 1\n---\nurl: http://a.example.com  # internet-first-disable-line ${DIRECTIVE}\n`,
  },
  {
    name: 'JSONC, after a value with a trailing comma',
    languageId: 'jsonc',
    text: '{\n  "url": "http://a.example.com",\n  "b": 1\n}\n',
    line: 1,
    output: `{\n  "url": "http://a.example.com",  // internet-first-disable-line ${DIRECTIVE}\n  "b": 1\n}\n`,
  },
  {
    name: 'JSONC, a line inside a block comment gets the waiver above, before the comment starts',
    languageId: 'jsonc',
    text: '{\n  "url": "http://a.example.com" /* main\n  endpoint */\n}\n',
    line: 1,
    output: `{\n  // internet-first-disable-next-line ${DIRECTIVE}\n  "url": "http://a.example.com" /* main\n  endpoint */\n}\n`,
  },
  { name: 'plain JSON has no comments', languageId: 'json', text: '{ "url": "http://a.example.com" }\n', line: 0, output: undefined },
  { name: 'an unknown rule', ruleId: 'no-such-rule', text: 'url: http://a.example.com\n', line: 0, output: undefined },
  {
    name: 'a finding about a waiver cannot be waived by another',
    ruleId: 'unused-suppression',
    text: 'a: 1 # internet-first-disable-line insecure-url -- nothing here\n',
    line: 0,
    output: undefined,
  },
];

function applyFix(text: string, fix: NonNullable<ReturnType<typeof disableRuleFix>>): string {
  const [edit] = fix.edits;
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
}

describe('disableRuleFix', () => {
  for (const waiver of CASES) {
    test(waiver.name, () => {
      const languageId = waiver.languageId ?? 'yaml';
      const ruleId = waiver.ruleId ?? 'insecure-url';
      const fix = disableRuleFix({ text: waiver.text, languageId, line: waiver.line, ruleId });
      if (waiver.output === undefined) {
        assert.equal(fix, undefined);
        return;
      }
      assert.ok(fix, 'a fix is offered');
      assert.equal(fix.applicability, 'display-only');
      assert.equal(fix.edits.length, 1);
      assert.equal(fix.title, waiver.title ?? `Disable ${ruleId} for this line`);
      const output = applyFix(waiver.text, fix);
      assert.equal(output, waiver.output);

      // The finding is gone, nothing else is: same findings otherwise, no new syntax error.
      const before = lint(waiver.text, languageId).filter((finding) => !(finding.ruleId === ruleId && finding.range.start.line === waiver.line));
      // The `<reason>` placeholder is reported (suppression-reason) until the developer writes the reason.
      const after = lint(output, languageId).filter((finding) => finding.ruleId !== 'unused-suppression' && finding.ruleId !== 'suppression-reason');
      if (output.includes('-- <reason>')) {
        assert.ok(
          lint(output, languageId).some((finding) => finding.ruleId === 'suppression-reason'),
          'the placeholder reason asks for a real one',
        );
      }
      assert.ok(
        lint(waiver.text, languageId).some((finding) => finding.ruleId === ruleId && finding.range.start.line === waiver.line),
        'the case has the finding',
      );
      assert.deepEqual(
        after.map((finding) => `${finding.ruleId}:${finding.message}`),
        before.map((finding) => `${finding.ruleId}:${finding.message}`),
      );
    });
  }
});

describe('manifestCompletions edge cases', () => {
  const manifest = 'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  exp: internet\n';

  test('renaming an existing key replaces the name only (its colon and value stay)', () => {
    const offset = manifest.indexOf('exp:') + 3;
    const [exposure] = manifestCompletions(manifest, 'yaml', offset).filter((item) => item.label === 'exposure');
    assert.equal(exposure.insertText, 'exposure');
    assert.equal(manifest.slice(exposure.offset, exposure.offset + exposure.length), 'exp');
  });

  test('a value typed right after the colon gets its space', () => {
    const text = 'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  exposure:';
    const items = manifestCompletions(text, 'yaml', text.length);
    assert.deepEqual(
      items.map((item) => item.insertText),
      [' internet', ' hscn', ' n3', ' lan-only'],
    );
  });

  test('a value starting with a quote keeps the quote style', () => {
    const text = "apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  exposure: 'h";
    const [hscn] = manifestCompletions(text, 'yaml', text.length).filter((item) => item.label === 'hscn');
    assert.equal(hscn.insertText, "'hscn'");
    assert.equal(hscn.filterText, "'hscn'");
  });

  test('no completion inside a comment or a flow collection', () => {
    const comment = `${manifest}  # exp`;
    assert.deepEqual(manifestCompletions(comment, 'yaml', comment.length), []);
    const flow = 'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec: {exposure: i';
    assert.deepEqual(manifestCompletions(flow, 'yaml', flow.length), []);
  });

  test('JSON: a key typed without quotes yet is inserted quoted with its colon', () => {
    const text = '{ "apiVersion": "internet-first/v1", "kind": "ServiceManifest", "spec": {  } }';
    const offset = text.indexOf('{  }') + 2;
    const items = manifestCompletions(text, 'json', offset);
    const exposure = items.find((item) => item.label === 'exposure')!;
    assert.equal(exposure.insertText, '"exposure": ');
    assert.equal(exposure.length, 0);
  });
});
