import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e}from"./chunk-YHL6VBCN.js";import"./chunk-G54EXIQU.js";import"./chunk-EHXXMADP.js";import"./chunk-6TDWHDZU.js";import"./chunk-FJKZ2QU6.js";import"./chunk-3KMBVJNY.js";import"./chunk-WJ3F5BJQ.js";import"./chunk-PTBXIZXY.js";import"./chunk-XMNCD7JL.js";import"./chunk-ZDBZ3QUJ.js";import"./chunk-MGEHGOKB.js";import"./chunk-XDCKTQS2.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,e as exitCodeFor,c as runLint,d as writeReports};
