import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e}from"./chunk-7MBWMCQS.js";import"./chunk-WXRUBTXZ.js";import"./chunk-5N4HALWT.js";import"./chunk-R7YDK2RJ.js";import"./chunk-G3IKZIJF.js";import"./chunk-H63JOLKK.js";import"./chunk-3KMBVJNY.js";import"./chunk-XG7MM4PA.js";import"./chunk-QV5AY72Q.js";import"./chunk-SC55XTIV.js";import"./chunk-56XJOVD6.js";import"./chunk-MGEHGOKB.js";import"./chunk-BZXQZWVT.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,e as exitCodeFor,c as runLint,d as writeReports};
