import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e}from"./chunk-DRMB25KQ.js";import"./chunk-G2RGNBWO.js";import"./chunk-OCM6VPMC.js";import"./chunk-UYGW623U.js";import"./chunk-G3IKZIJF.js";import"./chunk-NLKP7KA3.js";import"./chunk-3KMBVJNY.js";import"./chunk-6MQRDHAW.js";import"./chunk-UVHAPXID.js";import"./chunk-HWEHHQPT.js";import"./chunk-HUH3DQPM.js";import"./chunk-MGEHGOKB.js";import"./chunk-X6TGEZG5.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,e as exitCodeFor,c as runLint,d as writeReports};
