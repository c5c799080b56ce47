import { useId, useRef } from 'react';
import { useDb } from '../shell/DbContext';
import { IMPORT_ACCEPT, importFile } from './importFile';

/** "Import" button plus the labelled file input it opens ("Choose a file to import"). */
export function ImportButton() {
  const db = useDb();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <button type="button" onClick={() => inputRef.current?.click()}>
        Import
      </button>
      <label htmlFor={id} className="visually-hidden">
        Choose a file to import
      </label>
      <input
        id={id}
        ref={inputRef}
        className="visually-hidden"
        type="file"
        accept={IMPORT_ACCEPT}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(db, file);
        }}
      />
    </>
  );
}
