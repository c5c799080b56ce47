/** Tooltip for an aligned row whose shape is not one sentence to one sentence. */
export function kindTitle(kind: string): string | undefined {
  switch (kind) {
    case '1-2':
      return 'One English sentence aligned with two Chinese sentences';
    case '2-1':
      return 'Two English sentences aligned with one Chinese sentence';
    case '2-2':
      return 'Two English sentences aligned with two Chinese sentences';
    case 'n-m':
      return 'Several sentences aligned as one group';
    case '1-0':
      return 'English sentence with no Chinese counterpart';
    case '0-1':
      return 'Chinese sentence with no English counterpart';
    default:
      return undefined;
  }
}
