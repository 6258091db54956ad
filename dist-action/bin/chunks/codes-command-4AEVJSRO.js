import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{h as f,k as u,l as d,m as C}from"./chunk-DN6PXT5X.js";import{e as p}from"./chunk-4YHDY5GG.js";import"./chunk-3KMBVJNY.js";import"./chunk-MIPUTO6Y.js";import"./chunk-67NNS2NW.js";import"./chunk-VQZY6J2K.js";import{j as i,u as c,v as l,w as m,x as a}from"./chunk-ZHJ7A23T.js";import"./chunk-XCLCTEV6.js";import"./chunk-5V4QFR6A.js";import"./chunk-C5BGX73W.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";async function I(o,e){await C(o.output,e);let g=p(o,e),s=[],n=null,y=await f({...g,flags:{offline:!0},notify:u(e),collect:{facts:[a],onRun:t=>{n=t.get(m)},onArticle:(t,r)=>s.push({name:i(t.summary),codes:r.get(a)})}});for(let t of y.files)for(let r of t.messages)r.ruleId==="read-error"&&e.stderr(`kblint: skipped ${t.path}: ${r.message.replace(/^Cannot lint [^:]*: /,"").replace(/\.$/,"")}
`);let v=l(c(s,n),o.format);return await d(v,o.output,e),0}export{I as runCodes};
