/**
 * Markdown reports of a plan's evaluation. Pure: no Langium, LSP or Node
 * import may appear in this folder.
 */
export { renderReport, type ReportExtras } from './report.js';
export { text as escapeMarkdown, table as markdownTable, type Markdown } from './markdown.js';
export { mermaidLabel } from './mermaid.js';
