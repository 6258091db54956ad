import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{J as a,K as b}from"./chunk-X6TGEZG5.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{b as markdownArticle,a as parseMarkdown};
