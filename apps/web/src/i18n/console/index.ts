export { default as consoleZhCN } from './zh-CN';
export { default as consoleEn } from './en';
