import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{E as a,F as b,G as c,H as d}from"./chunk-PLEPHTJS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-3WYBB54R.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as OversizedTableError,d as markdownArticle,c as parseMarkdown,b as tableLimits};
