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
      <span className="doc-title" lang={doc.detectedLang === 'zh' ? 'zh-Hans' : doc.detectedLang === 'en' ? 'en' : undefined}>
        <span className="doc-order" aria-hidden="true">{doc.order + 1}</span>
        {doc.title}
      </span>
      <span className="doc-meta">
        <StatusChip status={doc.status} />
        {lang && (
          // Compact in the narrow list ("EN 0.97"); the full name is in the title and the
          // document header.
          <abbr className="doc-lang" title={`Detected language: ${lang}`}>
            {shortLanguage(doc.detectedLang, doc.detectedConfidence)}
          </abbr>
        )}
        {doc.unitCount > 1 && <span className="doc-lang">{doc.unitCount.toLocaleString('en')} units</span>}
      </span>
    </button>
  );
});

/** "EN 0.97", "ZH 0.98": the detected language as a code, with its confidence. */
function shortLanguage(lang: string | undefined, confidence: number | undefined): string {
  const code = lang === 'en' || lang === 'zh' ? lang.toUpperCase() : '?';
  return confidence === undefined ? code : `${code} ${confidence.toFixed(2)}`;
}
