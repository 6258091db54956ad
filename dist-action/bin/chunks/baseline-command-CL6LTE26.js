import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as f}from"./chunk-2AUJXJUZ.js";import{b as c}from"./chunk-DRSDJXGG.js";import{a as l,b as a,c as m}from"./chunk-GSE4F5AC.js";import"./chunk-6TDWHDZU.js";import"./chunk-IX2ISM3O.js";import"./chunk-3KMBVJNY.js";import"./chunk-PVEU7W46.js";import"./chunk-F3NVG2KP.js";import"./chunk-GU2GF4CN.js";import"./chunk-R6P3EHPR.js";import"./chunk-MGEHGOKB.js";import"./chunk-XDCKTQS2.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";import r from"node:path";async function b(t,n){let e=await c({...t,baseline:!1},n),o=e.baseDir??n.cwd,i=t.output?r.resolve(n.cwd,t.output):r.join(o,l),s=a(e,n.cwd,o);await m(i,s);let p=r.relative(n.cwd,i)||i;return n.stderr(`kblint: wrote ${s.findings.length} known finding${s.findings.length===1?"":"s"} in ${e.summary.files} articles to ${p}; commit it, and lint fails only on new findings
`),f.ok}export{b as runBaseline};
