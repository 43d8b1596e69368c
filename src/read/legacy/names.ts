/** The old 8-bit Vietnamese encodings notice-parse reads, as `source.encoding` and `--encoding` name them. */
export const LEGACY_ENCODINGS = ['tcvn3', 'vni', 'viscii', 'windows-1258'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** How a diagnostic names each one. */
export const LEGACY_LABEL: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  viscii: 'VISCII',
  'windows-1258': 'Windows-1258',
};
