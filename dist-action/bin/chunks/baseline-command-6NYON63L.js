import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as f}from"./chunk-DRMB25KQ.js";import{b as c}from"./chunk-G2RGNBWO.js";import{a as l,b as a,c as m}from"./chunk-OCM6VPMC.js";import"./chunk-UYGW623U.js";import"./chunk-G3IKZIJF.js";import"./chunk-NLKP7KA3.js";import"./chunk-3KMBVJNY.js";import"./chunk-6MQRDHAW.js";import"./chunk-UVHAPXID.js";import"./chunk-HWEHHQPT.js";import"./chunk-HUH3DQPM.js";import"./chunk-MGEHGOKB.js";import"./chunk-X6TGEZG5.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";import r from"node:path";async function b(t,n){let e=await c({...t,baseline:!1},n),o=e.baseDir??n.cwd,i=t.output?r.resolve(n.cwd,t.output):r.join(o,l),s=a(e,n.cwd,o);await m(i,s);let p=r.relative(n.cwd,i)||i;return n.stderr(`kblint: wrote ${s.findings.length} known finding${s.findings.length===1?"":"s"} in ${e.summary.files} articles to ${p}; commit it, and lint fails only on new findings
`),f.ok}export{b as runBaseline};
