import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e,f}from"./chunk-W23SF6YP.js";import"./chunk-X4L2LERF.js";import"./chunk-YCI36HOX.js";import"./chunk-J2UEV5RI.js";import"./chunk-CHQQ5YA3.js";import"./chunk-KIHJDWKY.js";import"./chunk-3KMBVJNY.js";import"./chunk-GJRFPHLL.js";import"./chunk-5MN6LHR3.js";import"./chunk-24HFG5T6.js";import"./chunk-USJJH6RG.js";import"./chunk-MGEHGOKB.js";import"./chunk-BZXQZWVT.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,f as exitCodeFor,c as runLint,e as withSuppressedShown,d as writeReports};
