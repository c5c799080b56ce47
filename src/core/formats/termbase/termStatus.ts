import type { TermStatus } from '../../glossary/Termbase';

/** A status word from a spreadsheet or list → TermStatus (TBX values, English and Chinese words). */
export function parseTermStatus(raw: string | undefined): TermStatus | undefined {
  const v = (raw ?? '').trim().toLowerCase();
  if (!v) return undefined;
  if (/^(preferred|approved|preferredterm|推荐|首选|优选)/.test(v)) return 'preferred';
  if (/^(admitted|allowed|permitted|acceptable|admittedterm|许可|可用|允许)/.test(v)) return 'admitted';
  if (/^(forbidden|deprecated|superseded|prohibited|do not use|wrong|禁用|禁止|错误|不推荐)/.test(v)) return 'forbidden';
  return undefined;
}
