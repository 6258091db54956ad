import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{y as a,z as b}from"./chunk-LF5SYVYS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-VX3KY3NN.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{b as markdownArticle,a as parseMarkdown};
