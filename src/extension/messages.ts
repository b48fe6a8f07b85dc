import { displayLocale, type Locale } from './locale.js';

/** The extension's own messages (notifications, prompts, status bar), in English and Simplified Chinese. */
interface Messages {
    noPlan: string;
    notSaved(name: string): string;
    overwrite(name: string): string;
    overwriteButton: string;
    saved(name: string): string;
    open: string;
    reportFailed(reason: string): string;
    diffFailed(reason: string): string;
    notInGit(name: string): string;
    gitFailed(reason: string): string;
    restarted: string;
    serverNotRunning: string;
    outOfDateNotice(reason: string): string;
    statusNoFigures: string;
    statusCatalogue: string;
    statusTooltipHint: string;
}

const en: Messages = {
    noPlan: 'Open a .crmplan plan in the editor first.',
    notSaved: name => `${name} has never been saved: save it first, so the report has a place to go.`,
    overwrite: name => `${name} already exists. Overwrite it?`,
    overwriteButton: 'Overwrite',
    saved: name => `Saved the report as ${name}.`,
    open: 'Open',
    reportFailed: reason => `No report: ${reason}`,
    diffFailed: reason => `No comparison with Git HEAD: ${reason}`,
    notInGit: name => `${name} is not inside a Git repository.`,
    gitFailed: reason => `Git failed: ${reason}`,
    restarted: 'The CRM Plan language server restarted.',
    serverNotRunning: 'The CRM Plan language server is not running: run "CRM Plan: Restart Language Server".',
    outOfDateNotice: reason => `> **Out of date.** ${reason} This is the last report without errors.`,
    statusNoFigures: 'CRM Plan: no figures',
    statusCatalogue: 'CRM Plan: catalogue',
    statusTooltipHint: 'Click to show the report.'
};

const zhCN: Messages = {
    noPlan: '请先在编辑器中打开一个 .crmplan 计划。',
    notSaved: name => `${name} 尚未保存：请先保存，报告才有地方存放。`,
    overwrite: name => `${name} 已存在。要覆盖吗？`,
    overwriteButton: '覆盖',
    saved: name => `报告已保存为 ${name}。`,
    open: '打开',
    reportFailed: reason => `无法生成报告：${reason}`,
    diffFailed: reason => `无法与 Git HEAD 比较：${reason}`,
    notInGit: name => `${name} 不在 Git 仓库中。`,
    gitFailed: reason => `Git 出错：${reason}`,
    restarted: 'CRM Plan 语言服务器已重启。',
    serverNotRunning: 'CRM Plan 语言服务器未运行：请执行“CRM Plan: 重启语言服务器”。',
    outOfDateNotice: reason => `> **已过期。** ${reason}以下是最后一份没有错误时的报告。`,
    statusNoFigures: 'CRM Plan：无数据',
    statusCatalogue: 'CRM Plan：目录',
    statusTooltipHint: '点击显示报告。'
};

const byLocale: Record<Locale, Messages> = { 'en': en, 'zh-CN': zhCN };

/** The messages in VS Code's display language. */
export function messages(): Messages {
    return byLocale[displayLocale()];
}
