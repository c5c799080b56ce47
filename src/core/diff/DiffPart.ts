/** One run of a display diff: text kept, inserted into, or deleted from the machine translation. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type DiffMode = 'word' | 'char';
