/**
 * TLS knowledge shared by the `tls-disabled`, `tls-verification-disabled` and
 * `weak-tls-version` rules (and their quick fixes): which settings are TLS
 * knobs, where they hide, how their values read, and which versions are weak.
 */
export { tlsSettings, flagOf, type TlsSetting, type Span, type SettingOrigin } from './settings';
export type { Knob, KnobKind } from './knobs';
export { readFlag, flipFlag, type Flag } from './booleans';
export { findWeakVersions, type WeakVersion, type WeakProtocol } from './versions';
