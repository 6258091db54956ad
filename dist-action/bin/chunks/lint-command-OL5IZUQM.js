import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e,f}from"./chunk-PNKTUDDV.js";import"./chunk-XFAVBV7B.js";import"./chunk-PX2CNZIP.js";import"./chunk-Y3B3QPXB.js";import"./chunk-CHQQ5YA3.js";import"./chunk-ZTLNEJU5.js";import"./chunk-3KMBVJNY.js";import"./chunk-RVGXV36O.js";import"./chunk-H56KAX5Q.js";import"./chunk-BHZZZBEV.js";import"./chunk-7MCHCOW5.js";import"./chunk-MGEHGOKB.js";import"./chunk-X6TGEZG5.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,f as exitCodeFor,c as runLint,e as withSuppressedShown,d as writeReports};
