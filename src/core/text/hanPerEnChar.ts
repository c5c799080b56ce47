/**
 * Han characters per English character (non-space), measured on 3,287 arXiv abstracts with
 * their Chinese MT (Latin text kept in the Chinese excluded from both sides): 0.298. The
 * aligner scales Chinese sentence lengths by it.
 */
export const HAN_PER_EN_CHAR = 0.298;
