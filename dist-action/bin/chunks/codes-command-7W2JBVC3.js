import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{c as u,d,e as C}from"./chunk-DRSDJXGG.js";import{f}from"./chunk-GSE4F5AC.js";import{e as p}from"./chunk-IX2ISM3O.js";import"./chunk-3KMBVJNY.js";import"./chunk-PVEU7W46.js";import"./chunk-F3NVG2KP.js";import"./chunk-GU2GF4CN.js";import{H as c,I as l,J as m,K as a,k as i}from"./chunk-R6P3EHPR.js";import"./chunk-MGEHGOKB.js";import"./chunk-XDCKTQS2.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";async function I(o,e){await C(o.output,e);let g=p(o,e),s=[],n=null,y=await f({...g,flags:{offline:!0},notify:u(e),collect:{facts:[a],onRun:t=>{n=t.get(m)},onArticle:(t,r)=>s.push({name:i(t.summary),codes:r.get(a)})}});for(let t of y.files)for(let r of t.messages)r.ruleId==="read-error"&&e.stderr(`kblint: skipped ${t.path}: ${r.message.replace(/^Cannot lint [^:]*: /,"").replace(/\.$/,"")}
`);let v=l(c(s,n),o.format);return await d(v,o.output,e),0}export{I as runCodes};
