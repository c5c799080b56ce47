import type { MqmCategory } from '../model/Finding';

/**
 * The MQM Core error typology offered by "Mark error" (issue 4, item 3): top-level
 * categories, some with sub-types. Ids are the same `Parent/Child` strings findings carry
 * (`MqmCategory`), so a confirmed finding becomes an annotation unchanged.
 */
export interface MqmCategoryInfo {
  id: MqmCategory;
  label: string;
  /** Id of the parent category, for sub-types. */
  parent?: MqmCategory;
  /** The reviewer must write a note when choosing it ("Other"). */
  needsNote?: boolean;
  description: string;
}

export const MQM_CATEGORIES: readonly MqmCategoryInfo[] = [
  { id: 'Terminology', label: 'Terminology', description: 'A term rendered other than the termbase or the field requires.' },
  { id: 'Accuracy', label: 'Accuracy', description: 'The target does not say what the source says.' },
  { id: 'Accuracy/Mistranslation', label: 'Mistranslation', parent: 'Accuracy', description: 'Content rendered with a wrong meaning.' },
  { id: 'Accuracy/Omission', label: 'Omission', parent: 'Accuracy', description: 'Source content missing from the target (mark it on the source).' },
  { id: 'Accuracy/Addition', label: 'Addition', parent: 'Accuracy', description: 'Target content not present in the source.' },
  { id: 'Accuracy/Untranslated', label: 'Untranslated', parent: 'Accuracy', description: 'Source text left untranslated in the target.' },
  { id: 'Linguistic conventions', label: 'Linguistic conventions', description: 'Grammar, punctuation and spelling of the target language.' },
  { id: 'Linguistic conventions/Grammar', label: 'Grammar', parent: 'Linguistic conventions', description: 'Ungrammatical target text.' },
  {
    id: 'Linguistic conventions/Punctuation',
    label: 'Punctuation',
    parent: 'Linguistic conventions',
    description: 'Wrong punctuation, e.g. half-width , ( ) in Chinese running text.',
  },
  { id: 'Linguistic conventions/Spelling', label: 'Spelling', parent: 'Linguistic conventions', description: 'Misspelt words, wrong characters, wrong casing.' },
  { id: 'Style', label: 'Style', description: 'Awkward or unidiomatic, though correct.' },
  { id: 'Locale conventions', label: 'Locale conventions', description: 'Numbers, dates, names and units not written as the locale expects.' },
  { id: 'Audience appropriateness', label: 'Audience appropriateness', description: 'Register or content unsuited to the readers.' },
  { id: 'Design and markup', label: 'Design and markup', description: 'Broken tags, layout or formatting.' },
  { id: 'Other', label: 'Other', needsNote: true, description: 'Anything else; a note saying what is wrong is required.' },
];
