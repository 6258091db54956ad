import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e,f}from"./chunk-XOM4SD6J.js";import"./chunk-TX3LIDNY.js";import"./chunk-CYHF3LDE.js";import"./chunk-4O4ZDAVF.js";import"./chunk-CHQQ5YA3.js";import"./chunk-EGO7LRSJ.js";import"./chunk-3KMBVJNY.js";import"./chunk-TXUU7SEC.js";import"./chunk-PTZOX73D.js";import"./chunk-BZO7RU6Y.js";import"./chunk-RCPGNG7S.js";import"./chunk-WYCPGLUD.js";import"./chunk-XUIT2O7E.js";import"./chunk-6JKNA6BJ.js";import"./chunk-PBYEIUQN.js";import"./chunk-6JCMZ3VD.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-L6QYWV4V.js";import"./chunk-ZJP5L2VE.js";import"./chunk-ICTAWGVE.js";import"./chunk-LF5SYVYS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-VX3KY3NN.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,f as exitCodeFor,c as runLint,e as withSuppressedShown,d as writeReports};
