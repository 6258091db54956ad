import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as f}from"./chunk-7MBWMCQS.js";import{b as c}from"./chunk-WXRUBTXZ.js";import{a as l,b as a,c as m}from"./chunk-5N4HALWT.js";import"./chunk-R7YDK2RJ.js";import"./chunk-G3IKZIJF.js";import"./chunk-H63JOLKK.js";import"./chunk-3KMBVJNY.js";import"./chunk-XG7MM4PA.js";import"./chunk-QV5AY72Q.js";import"./chunk-SC55XTIV.js";import"./chunk-56XJOVD6.js";import"./chunk-MGEHGOKB.js";import"./chunk-BZXQZWVT.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";import r from"node:path";async function b(t,n){let e=await c({...t,baseline:!1},n),o=e.baseDir??n.cwd,i=t.output?r.resolve(n.cwd,t.output):r.join(o,l),s=a(e,n.cwd,o);await m(i,s);let p=r.relative(n.cwd,i)||i;return n.stderr(`kblint: wrote ${s.findings.length} known finding${s.findings.length===1?"":"s"} in ${e.summary.files} articles to ${p}; commit it, and lint fails only on new findings
`),f.ok}export{b as runBaseline};
