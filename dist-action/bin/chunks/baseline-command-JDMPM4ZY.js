import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as f}from"./chunk-SNURMOVM.js";import{c as l,d as a,e as m,j as c}from"./chunk-DN6PXT5X.js";import"./chunk-6TDWHDZU.js";import"./chunk-4YHDY5GG.js";import"./chunk-3KMBVJNY.js";import"./chunk-MIPUTO6Y.js";import"./chunk-67NNS2NW.js";import"./chunk-VQZY6J2K.js";import"./chunk-ZHJ7A23T.js";import"./chunk-XCLCTEV6.js";import"./chunk-5V4QFR6A.js";import"./chunk-C5BGX73W.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";import r from"node:path";async function b(t,n){let e=await c({...t,baseline:!1},n),o=e.baseDir??n.cwd,i=t.output?r.resolve(n.cwd,t.output):r.join(o,l),s=a(e,n.cwd,o);await m(i,s);let p=r.relative(n.cwd,i)||i;return n.stderr(`kblint: wrote ${s.findings.length} known finding${s.findings.length===1?"":"s"} in ${e.summary.files} articles to ${p}; commit it, and lint fails only on new findings
`),f.ok}export{b as runBaseline};
