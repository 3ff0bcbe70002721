/**
 * The abuse categories that women's-rights organisations in the region use
 * (docs/TERMINOLOGY.md gives each country's term and the law behind it).
 * Keys are stable: cases and packs store the key, never the words.
 */
export const categories = {
  threat: 'Unlawful threat',
  harassment: 'Harassment',
  insult: 'Insult',
  stalking: 'Stalking',
  incitement: 'Incitement to violence',
  'unsolicited-sexual': 'Unsolicited sexually explicit messages',
  sextortion: 'Sexual blackmail (sextortion)',
  'forced-viewing': 'Forcing someone to view sexual material',
  'intimate-images': 'Sharing intimate images without consent',
  doxxing: 'Exposing personal data (doxxing)',
};
