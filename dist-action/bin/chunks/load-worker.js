import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b as m}from"./chunk-XIJGRIFK.js";import{k as i}from"./chunk-STYN4BLD.js";import"./chunk-AK5YRGSB.js";import"./chunk-FIFBOKOI.js";import"./chunk-CKMJAZ43.js";import"./chunk-QDSJMRXM.js";import"./chunk-QWKYJDVS.js";import"./chunk-56FPOY7P.js";import"./chunk-HQTMBSUP.js";import{b as t}from"./chunk-KBWW77P2.js";import"./chunk-GHXEODYY.js";import"./chunk-6JCMZ3VD.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-L6QYWV4V.js";import"./chunk-ICTAWGVE.js";import"./chunk-PLEPHTJS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-3WYBB54R.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";var r=i,e=new Int32Array(r.progress),n=null;async function u(s){let o=s.slot;n??=a(r.spec);let p=await n;return Atomics.store(e,o*2+1,t.reading),Atomics.store(e,o*2,Math.max(1,Date.now()-r.epoch)),m(s,p,c=>Atomics.store(e,o*2+1,t.rules+c))}export{u as default};
