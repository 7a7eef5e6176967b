import type { ReportBlock } from '../../report/reportBlocks.js';
import type { ReportDocxAppendix } from './writeReportDocx.js';

/** 附件1 接办件情况同期比对表 → 接办件情况同期比对表; Appendix 1. Cases by … → Cases by …. */
const NUMBER_BEFORE_TITLE = /^(?:附件\d+\s*|Appendix \d+\.\s*)/;

/**
 * The attachments of a report's .docx from its appendix blocks: each heading
 * begins an attachment, named by the heading without its number (the
 * document numbers its attachments itself: 附件1, 附件2); the note that
 * follows the last table, on the rule 在办 follows, holds for every table,
 * so each attachment ends with it.
 */
export function docxAppendices(blocks: readonly ReportBlock[]): ReportDocxAppendix[] {
  const appendices: { title: string; blocks: ReportBlock[] }[] = [];
  const notes: ReportBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') appendices.push({ title: block.text.replace(NUMBER_BEFORE_TITLE, ''), blocks: [] });
    else if (block.kind === 'paragraph') notes.push(block);
    else appendices.at(-1)?.blocks.push(block);
  }
  return appendices.map((appendix) => ({ title: appendix.title, blocks: [...appendix.blocks, ...notes] }));
}
