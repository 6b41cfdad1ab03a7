/**
 * The fuzzer's mutations (issue 11): each takes a real config text and a
 * Random and returns a damaged or stretched text. Pure and deterministic, so
 * the npm-test property (test/engine/fuzz.test.ts) and the long run
 * (bench/fuzz.mjs) build exactly the same cases from the same seed.
 */
import type { LanguageId } from '../../server/src/engine';
import type { Random } from './fuzz-random';

/** One class per kind of damage the issue lists; `stacked` applies two to four of the others. */
export const MUTATION_CLASSES = [
  'byte-flip',
  'truncate',
  'duplicate-block',
  'equal-documents',
  'anchors',
  'tags',
  'deep-nesting',
  'long-scalars',
  'stacked',
] as const;
export type MutationClass = (typeof MUTATION_CLASSES)[number];

export interface MutationLimits {
  /** The longest key, value or repeated block a mutation adds, in characters. */
  maxGrowth: number;
}

type Mutation = (text: string, language: LanguageId, random: Random, limits: MutationLimits) => string;

const INTERESTING_BYTES = [
  0x00, 0x09, 0x0a, 0x0d, 0x20, 0x22, 0x23, 0x26, 0x27, 0x2a, 0x2c, 0x2d, 0x3a, 0x3e, 0x21, 0x25, 0x40, 0x5b, 0x5d, 0x7b, 0x7c, 0x7d, 0x7f, 0xc3, 0xe2, 0xef,
  0xff,
];

/** Real byte flips: the text as UTF-8, a few bits flipped or bytes replaced, read back as UTF-8 (as the CLI reads a file). */
function byteFlip(text: string, _language: LanguageId, random: Random): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return String.fromCharCode(random.int(0, 255));
  const flips = random.logInt(1, Math.max(1, Math.min(64, bytes.length >> 4)));
  for (let i = 0; i < flips; i++) {
    const at = random.int(0, bytes.length - 1);
    bytes[at] = random.chance(0.5) ? bytes[at] ^ (1 << random.int(0, 7)) : random.pick(INTERESTING_BYTES);
  }
  return bytes.toString('utf8');
}

function truncate(text: string, _language: LanguageId, random: Random): string {
  const cut = random.int(0, text.length);
  const roll = random.next();
  if (roll < 0.7) return text.slice(0, cut);
  if (roll < 0.85) return text.slice(cut);
  const end = random.int(cut, text.length);
  return text.slice(0, cut) + text.slice(end);
}

/** A run of lines copied, once or many times, to another line boundary. */
function duplicateBlock(text: string, _language: LanguageId, random: Random, limits: MutationLimits): string {
  const lines = text.split('\n');
  const from = random.int(0, lines.length - 1);
  const block = lines.slice(from, from + random.int(1, 20)).join('\n') + '\n';
  const copies = Math.max(1, Math.min(random.logInt(1, 200), Math.floor(limits.maxGrowth / Math.max(1, block.length))));
  const at = lineStart(text, random);
  return text.slice(0, at) + block.repeat(copies) + text.slice(at);
}

/**
 * Two or more byte-identical documents in one file: YAML `---` segments, or
 * concatenated JSON values. The class that finds the ParseCache bug (equal
 * segments share one parsed object); see fuzz.test.ts.
 */
function equalDocuments(text: string, language: LanguageId, random: Random): string {
  const copies = random.int(2, 4);
  if (language !== 'yaml') return Array.from({ length: copies }, () => text).join('\n');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  const head = random.chance(0.5) ? '---\n' : '';
  return head + Array.from({ length: copies }, () => body).join('---\n');
}

const ANCHOR_SNIPPETS: ReadonlyArray<(name: string, random: Random) => string> = [
  (name) => `base: &${name} { url: "http://10.0.0.1:8080/", host: db.internal }\nmerged:\n  <<: *${name}\n  extra: 1\n`,
  (name) => `first: &${name} http://192.168.1.10/api\nsecond: *${name}\nurls: [*${name}, *${name}]\n`,
  (name) => `list: &${name}\n  - http://10.1.2.3/\n  - *${name}\n`,
  (name) => `dangling: *${name}_missing\n`,
  (name) => `self: &${name} [*${name}]\n`,
  (name) => `? &${name} key\n: value\nagain: { *${name} : 2 }\n`,
  (name) => `<<: [*${name}, *${name}]\n`,
  (name, random) => aliasBomb(name, random.int(3, 9), random.int(3, 9)),
];

/** Billion laughs: `levels` layers, each a list of `width` aliases of the layer below. */
function aliasBomb(name: string, levels: number, width: number): string {
  let text = `${name}0: &${name}0 "http://10.0.0.1/"\n`;
  for (let level = 1; level < levels; level++) {
    text += `${name}${level}: &${name}${level} [${Array.from({ length: width }, () => `*${name}${level - 1}`).join(', ')}]\n`;
  }
  return text;
}

/** Anchors, aliases and merge keys: inserted snippets, and anchors put on existing values and aliased elsewhere. */
function anchors(text: string, language: LanguageId, random: Random): string {
  const name = `a${random.int(0, 99)}`;
  if (random.chance(0.5)) {
    const anchored = anchorExistingValue(text, name, random);
    if (anchored !== undefined) return anchored;
  }
  return insertLines(text, random.pick(ANCHOR_SNIPPETS)(name, random), language, random);
}

/** `key: value` becomes `key: &name value`, and `alias: *name` goes in at another line. */
function anchorExistingValue(text: string, name: string, random: Random): string | undefined {
  const pairs = [...text.matchAll(/^([ \t]*(?:- )?[\w.-]+:[ \t]+)(\S[^\n]*)$/gm)];
  if (pairs.length === 0) return undefined;
  const pair = random.pick(pairs);
  const at = pair.index! + pair[1].length;
  const withAnchor = `${text.slice(0, at)}&${name} ${text.slice(at)}`;
  const alias = random.pick([`copy: *${name}`, `<<: *${name}`, `- *${name}`, `*${name} : key`]);
  return insertLines(withAnchor, `${alias}\n`, 'yaml', random);
}

const TAGS = [
  '!!str',
  '!!int',
  '!!float',
  '!!bool',
  '!!null',
  '!!binary',
  '!!map',
  '!!seq',
  '!!set',
  '!!omap',
  '!!timestamp',
  '!Ref',
  '!Sub',
  '!GetAtt',
  '!Base64',
  '!!python/object:os.system',
  '!<tag:yaml.org,2002:str>',
  '!',
  '!e!local',
  '!!merge',
  '!unknown-tag',
];

/** Tags before existing values or in new lines, and sometimes a `%TAG` or `%YAML` directive on top. */
function tags(text: string, language: LanguageId, random: Random): string {
  let result = text;
  const count = random.int(1, 5);
  for (let i = 0; i < count; i++) {
    const values = [...result.matchAll(/:[ \t]+(?=\S)/g)];
    const tag = random.pick(TAGS);
    if (values.length > 0 && random.chance(0.7)) {
      const match = random.pick(values);
      const at = match.index! + match[0].length;
      result = `${result.slice(0, at)}${tag} ${result.slice(at)}`;
    } else {
      result = insertLines(result, `tagged: ${tag} http://10.0.0.${i}/\n`, language, random);
    }
  }
  if (random.chance(0.2)) result = `${random.pick(['%TAG !e! tag:example.com,2000:app/', '%YAML 1.1', '%YAML 1.2', '%FOO bar'])}\n---\n${result}`;
  return result;
}

const NESTING_DEPTHS = [5, 50, 150, 199, 200, 201, 250, 499, 500, 501, 1000, 5000, 20_000];

/** Flow, JSON, block-map, block-sequence and explicit-key nesting, closed or not, at depths around the limits. */
function deepNesting(text: string, language: LanguageId, random: Random, limits: MutationLimits): string {
  const depth = Math.min(random.pick(NESTING_DEPTHS), Math.floor(limits.maxGrowth / 4));
  const leaf = random.pick(['http://10.0.0.1/', '"http://db.internal:5432"', 'x', '']);
  const closed = random.chance(0.6);
  const shapes: Array<() => string> = [
    () => `deep: ${'['.repeat(depth)}${leaf}${closed ? ']'.repeat(depth) : ''}\n`,
    () => `deep: ${'{a: '.repeat(depth)}${leaf}${closed ? '}'.repeat(depth) : ''}\n`,
    () => `deep: ${'[a: '.repeat(Math.min(depth, 400))}${leaf}${closed ? ']'.repeat(Math.min(depth, 400)) : ''}\n`,
    // Block nesting costs depth²/2 characters of indentation: bounded so it stays within maxGrowth.
    () => Array.from({ length: Math.min(depth, Math.floor(Math.sqrt(2 * limits.maxGrowth))) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ` ${leaf}\n`,
    () => `${'- '.repeat(depth)}${leaf}\n`,
    () => `${'? '.repeat(depth)}${leaf}\n`,
  ];
  if (language !== 'yaml') {
    const json = random.chance(0.5)
      ? `${'['.repeat(depth)}"${leaf}"${closed ? ']'.repeat(depth) : ''}`
      : `${'{"a":'.repeat(depth)}"${leaf}"${closed ? '}'.repeat(depth) : ''}`;
    return insertAtValue(text, json, random);
  }
  return insertLines(text, random.pick(shapes)(), language, random);
}

/** Keys and values from a kilobyte up to the limit: plain, quoted with escapes, URLs, folded lines. */
function longScalars(text: string, language: LanguageId, random: Random, limits: MutationLimits): string {
  const length = random.logInt(1024, limits.maxGrowth);
  const unit = random.pick(['a', 'é', '😀', 'ab ', '\\u0041', '10.0.0.1 ', '%2F', '-']);
  const long = unit.repeat(Math.max(1, Math.floor(length / unit.length)));
  if (language !== 'yaml') {
    const escaped = JSON.stringify(long);
    return insertAtValue(text, random.chance(0.5) ? `{${escaped}: "http://10.0.0.1/"}` : JSON.stringify(`http://10.0.0.1/${long}`), random);
  }
  const lines = [
    () => `${long.replace(/[:#\n]/g, 'x')}: http://10.0.0.1/\n`,
    () => `url: http://10.0.0.1/${long.replace(/\s/g, 'x')}\n`,
    () => `value: "${long.replace(/"/g, '')}"\n`,
    () => `value: '${long.replace(/'/g, '')}'\n`,
    () =>
      `folded: >\n${long
        .match(/.{1,80}/gsu)!
        .map((line) => `  ${line}`)
        .join('\n')}\n`,
    () => `"${long.replace(/"/g, '')}": x\n`,
    () => `host: ${'a.'.repeat(Math.floor(length / 2))}internal\n`,
  ];
  return insertLines(text, random.pick(lines)(), language, random);
}

const SINGLE: Record<Exclude<MutationClass, 'stacked'>, Mutation> = {
  'byte-flip': byteFlip,
  truncate,
  'duplicate-block': duplicateBlock,
  'equal-documents': equalDocuments,
  anchors,
  tags,
  'deep-nesting': deepNesting,
  'long-scalars': longScalars,
};

function stacked(text: string, language: LanguageId, random: Random, limits: MutationLimits): string {
  const steps = random.int(2, 4);
  let result = text;
  // Growth is shared between the steps so a stack stays near the same size bound.
  const share = { maxGrowth: Math.max(1024, Math.floor(limits.maxGrowth / steps)) };
  for (let i = 0; i < steps; i++) result = SINGLE[random.pick(Object.keys(SINGLE) as Array<keyof typeof SINGLE>)](result, language, random, share);
  return result;
}

export function mutate(kind: MutationClass, text: string, language: LanguageId, random: Random, limits: MutationLimits): string {
  return kind === 'stacked' ? stacked(text, language, random, limits) : SINGLE[kind](text, language, random, limits);
}

/** A small edit as a person types: a character or a line typed, deleted or pasted. For the cache's edit sequences. */
export function typingEdit(text: string, random: Random): string {
  const at = random.int(0, text.length);
  switch (random.int(0, 3)) {
    case 0:
      return text.slice(0, at) + random.pick(['a', ' ', '\n', ':', '-', '#', '"', '---\n', '\t']) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + random.int(1, 40)));
    case 2: {
      const from = random.int(0, text.length);
      return text.slice(0, at) + text.slice(from, from + random.int(1, 200)) + text.slice(at);
    }
    default:
      return insertLines(text, `url: http://10.${random.int(0, 255)}.0.1/\n`, 'yaml', random);
  }
}

/** The offset of a random line's start. */
function lineStart(text: string, random: Random): number {
  const at = random.int(0, text.length);
  const newline = text.lastIndexOf('\n', at - 1);
  return newline + 1;
}

/** Lines inserted at a random line start, indented like the line they go before (YAML), or as a value (JSON). */
function insertLines(text: string, lines: string, language: LanguageId, random: Random): string {
  if (language !== 'yaml') return insertAtValue(text, JSON.stringify(lines), random);
  const at = lineStart(text, random);
  const indent = /^[ \t]*/.exec(text.slice(at, at + 200))![0];
  const indented = lines.replace(/^(?=.)/gm, indent);
  return text.slice(0, at) + indented + text.slice(at);
}

/** A JSON value put after a random `:` or `[` (or alone when there is none), so it lands where a value goes. */
function insertAtValue(text: string, value: string, random: Random): string {
  const places = [...text.matchAll(/[:[]\s*/g)];
  if (places.length === 0) return value;
  const place = random.pick(places);
  const at = place.index! + place[0].length;
  return `${text.slice(0, at)}${value}, ${text.slice(at)}`;
}
