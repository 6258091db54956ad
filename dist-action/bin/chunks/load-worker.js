import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{b as t}from"./chunk-RVGXV36O.js";import{a,b as m}from"./chunk-ZXPBCBKT.js";import"./chunk-H56KAX5Q.js";import"./chunk-BHZZZBEV.js";import"./chunk-7MCHCOW5.js";import"./chunk-MGEHGOKB.js";import"./chunk-X6TGEZG5.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import{k as i}from"./chunk-STYN4BLD.js";import"./chunk-GHXEODYY.js";import"./chunk-UQLAQQ5Q.js";var r=i,e=new Int32Array(r.progress),n=null;async function u(s){let o=s.slot;n??=a(r.spec);let p=await n;return Atomics.store(e,o*2+1,t.reading),Atomics.store(e,o*2,Math.max(1,Date.now()-r.epoch)),m(s,p,c=>Atomics.store(e,o*2+1,t.rules+c))}export{u as default};
