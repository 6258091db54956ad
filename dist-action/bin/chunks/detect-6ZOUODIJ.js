import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{f as c,g as d,h as e,i as f,j as g,k as h,l as i,m as j,n as k,o as l}from"./chunk-XX434KPC.js";import"./chunk-ZJP5L2VE.js";import"./chunk-L6QYWV4V.js";import{a,b}from"./chunk-ICTAWGVE.js";import"./chunk-PLEPHTJS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-3WYBB54R.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{d as LISTING_FOOTER,c as LISTING_FOOTER_SOURCE,a as SOURCE_CHOICES,i as detectJson,k as detectSource,b as isJsonSource,l as isSniffedSource,e as looksLikeListing,h as notAnExportReason,g as readsAsJson,j as sniffJson,f as startsLikeJson};
