import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{c as u,d,e as C}from"./chunk-XFAVBV7B.js";import{o as f}from"./chunk-PX2CNZIP.js";import"./chunk-Y3B3QPXB.js";import{e as p}from"./chunk-ZTLNEJU5.js";import"./chunk-3KMBVJNY.js";import"./chunk-RVGXV36O.js";import"./chunk-H56KAX5Q.js";import{a as i}from"./chunk-BHZZZBEV.js";import{G as l,H as c,I as m,J as a}from"./chunk-7MCHCOW5.js";import"./chunk-MGEHGOKB.js";import"./chunk-X6TGEZG5.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";async function I(o,e){await C(o.output,e);let g=p(o,e),s=[],n=null,y=await f({...g,flags:{offline:!0},notify:u(e),collect:{facts:[a],only:!0,onRun:t=>{n=t.get(m)},onArticle:(t,r)=>s.push({name:i(t.summary),codes:r.get(a)})}});for(let t of y.files)for(let r of t.messages)r.ruleId==="read-error"&&e.stderr(`kblint: skipped ${t.path}: ${r.message.replace(/^Cannot lint [^:]*: /,"").replace(/\.$/,"")}
`);let v=c(l(s,n),o.format);return await d(v,o.output,e),0}export{I as runCodes};
