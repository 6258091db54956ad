import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e,f}from"./chunk-UMO2QTJT.js";import"./chunk-IDCTYYRJ.js";import"./chunk-L3GKC6X3.js";import"./chunk-4QJOKUQQ.js";import"./chunk-E45KCNNS.js";import"./chunk-LM2WKEDJ.js";import"./chunk-3KMBVJNY.js";import"./chunk-AK5YRGSB.js";import"./chunk-FIFBOKOI.js";import"./chunk-CKMJAZ43.js";import"./chunk-QDSJMRXM.js";import"./chunk-QWKYJDVS.js";import"./chunk-56FPOY7P.js";import"./chunk-HQTMBSUP.js";import"./chunk-KBWW77P2.js";import"./chunk-6JCMZ3VD.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-L6QYWV4V.js";import"./chunk-ICTAWGVE.js";import"./chunk-PLEPHTJS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-3WYBB54R.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as EXIT,b as checkReportArgs,f as exitCodeFor,c as runLint,e as withSuppressedShown,d as writeReports};
