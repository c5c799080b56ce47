import { forwardRef } from 'react';
import type { DocumentRecord } from '../../db';
import { languageLabel } from '../common/languageLabel';
import { StatusChip } from '../common/StatusChip';

interface Props {
  doc: DocumentRecord;
  selected: boolean;
  /** The list's single tab stop (roving tabindex). */
  tabStop: boolean;
  onSelect: (id: number) => void;
}

/** One document entry: short title, status chip, detected language with confidence. */
export const DocumentListItem = forwardRef<HTMLButtonElement, Props>(function DocumentListItem(
  { doc, selected, tabStop, onSelect },
  ref,
) {
  const lang = languageLabel(doc.detectedLang, doc.detectedConfidence);
  return (
    <button
      ref={ref}
      type="button"
      className="doc-item"
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabStop ? 0 : -1}
      data-doc-id={doc.id}
      onClick={() => onSelect(doc.id)}
    >
      <span className="doc-title-row">
        <span className="doc-title" lang={doc.detectedLang === 'zh' ? 'zh-Hans' : doc.detectedLang === 'en' ? 'en' : undefined}>
          <span className="doc-order" aria-hidden="true">{doc.order + 1}</span>
          {doc.title}
        </span>
        {lang && (
          // A code in the narrow list; the full name and confidence are in the title and
          // in the document header.
          <abbr className="doc-lang" title={`Detected language: ${lang}`}>
            {shortLanguage(doc.detectedLang)}
          </abbr>
        )}
      </span>
      <span className="doc-meta">
        <StatusChip status={doc.status} />
        {doc.unitCount > 1 && <span className="doc-lang">{doc.unitCount.toLocaleString('en')} units</span>}
      </span>
    </button>
  );
});

/** "EN", "ZH": the detected language as a code. */
function shortLanguage(lang: string | undefined): string {
  return lang === 'en' || lang === 'zh' ? lang.toUpperCase() : '?';
}
