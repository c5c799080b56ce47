import type { Check } from './Check';
import { acronymExpansion } from './acronymExpansion';
import { namesProtected } from './namesProtected';
import { terminologyForbidden } from './terminologyForbidden';
import { terminologyNotFollowed } from './terminologyNotFollowed';
import { terminologyInconsistent } from './terminologyInconsistent';
import { numbers } from './numbers';
import { untranslated } from './untranslated';
import { omission } from './omission';
import { addition } from './addition';
import { punctuationWidth } from './punctuationWidth';
import { spacing } from './spacing';
import { brackets } from './brackets';
import { scriptMixed } from './scriptMixed';
import { fluencyRepetition } from './fluencyRepetition';
import { tags } from './tags';

/**
 * Every check, in the fixed order the engine reports them within a severity:
 * acronym expansion first (the DESTA case), then terminology, names, numbers,
 * untranslated, omission/addition, punctuation, spacing, brackets, script, fluency.
 */
export const CHECKS: Check[] = [
  acronymExpansion,
  terminologyForbidden,
  terminologyNotFollowed,
  terminologyInconsistent,
  namesProtected,
  numbers,
  untranslated,
  omission,
  addition,
  punctuationWidth,
  spacing,
  brackets,
  scriptMixed,
  fluencyRepetition,
  tags,
];

const BY_ID = new Map<string, Check>();
for (const c of CHECKS) BY_ID.set(c.id, c);

/** The check with this id, or undefined. */
export function checkById(id: string): Check | undefined {
  return BY_ID.get(id) ?? CHECKS.find((c) => c.id === id);
}
