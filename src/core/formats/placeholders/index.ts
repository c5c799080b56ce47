export * from './placeholderChars';
export { placeholderLabel } from './placeholderLabel';
export { TagTable } from './TagTable';
export { planInline, pairKey, type InlineToken } from './planInline';
export { planParts, type InlinePart, type PartToken } from './planParts';
export { readInline, type InlineDialect, type SegmentSink } from './readInline';
