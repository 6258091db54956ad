import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e}from"./chunk-2AUJXJUZ.js";import"./chunk-DRSDJXGG.js";import"./chunk-GSE4F5AC.js";import"./chunk-6TDWHDZU.js";import"./chunk-IX2ISM3O.js";import"./chunk-3KMBVJNY.js";import"./chunk-PVEU7W46.js";import"./chunk-F3NVG2KP.js";import"./chunk-GU2GF4CN.js";import"./chunk-R6P3EHPR.js";import"./chunk-MGEHGOKB.js";import"./chunk-XDCKTQS2.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,e as exitCodeFor,c as runLint,d as writeReports};
