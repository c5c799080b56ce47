import type { ParsedFile } from '../../core/model';
import { SEED_FILE_NAME } from '../../db';
import seedText from '../../../seeds/000_2c0d154558004bfd.txt?raw';

/** Parses the bundled seed dump (the parser loads lazily; only needed on first visit / reset). */
export async function parseSeed(): Promise<ParsedFile> {
  const { parseDump } = await import('../../core/formats');
  return parseDump(seedText, SEED_FILE_NAME);
}
