/**
 * Template files: tags set aside with same-length text, so the parts that
 * parse are still checked at the right offsets; broken files recover.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { blankTemplateTags } from '../../server/src/engine/parse/template-text';

test('a Helm template is still checked where it parses, at the right place', () => {
  const text =
    '{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cfg\ndata:\n' +
    '  DB_URL: postgresql://10.1.2.3:5432/app\n{{- end }}\n';
  const findings = lint(text, 'yaml', {}, { relativePath: 'chart/templates/cm.yaml' });
  assert.equal(findings.filter((f) => f.ruleId === 'parse-error').length, 1);
  assert.equal(findings.find((f) => f.ruleId === 'parse-error')?.messageId, 'template');
  const address = findings.find((f) => f.ruleId === 'private-address');
  assert.ok(address, 'the address after the template tags is still checked');
  assert.equal(text.slice(address.range.start.offset, address.range.end.offset), '10.1.2.3');
});

test('blanking keeps every offset and line break', () => {
  const text = 'a: {{ .x }}\n{{- range .y }}\n- {{ . }}\n{{ end }}\n';
  const blanked = blankTemplateTags(text);
  assert.equal(blanked.length, text.length);
  assert.deepEqual(
    blanked.split('\n').map((line) => line.length),
    text.split('\n').map((line) => line.length),
  );
  assert.equal(blanked.split('\n')[1].trim(), '');
  assert.match(blanked.split('\n')[0], /^a: \$_+$/);
});
