/** The character codes the hand-written parsers (the line scanner, yaml-block*.ts, and json-fast.ts) read with charCodeAt, by name. */
export const TAB = 9;
export const NEWLINE = 10;
export const CARRIAGE_RETURN = 13;
export const SPACE = 32;
export const DOUBLE_QUOTE = 34;
export const HASH = 35;
export const SINGLE_QUOTE = 39;
export const STAR = 42;
export const PLUS = 43;
export const COMMA = 44;
/** `-`: a sequence entry in YAML, a number's sign in JSON. */
export const DASH = 45;
export const DOT = 46;
export const SLASH = 47;
export const ZERO = 48;
export const NINE = 57;
export const COLON = 58;
export const GREATER_THAN = 62;
export const QUESTION_MARK = 63;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const PIPE = 124;
export const CLOSE_BRACE = 125;
export const BYTE_ORDER_MARK = 0xfeff;
