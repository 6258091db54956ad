import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as u}from"./chunk-PNKTUDDV.js";import{b as f}from"./chunk-XFAVBV7B.js";import{h as a,i as m,j as d}from"./chunk-PX2CNZIP.js";import"./chunk-Y3B3QPXB.js";import"./chunk-CHQQ5YA3.js";import"./chunk-ZTLNEJU5.js";import{a as l}from"./chunk-3KMBVJNY.js";import"./chunk-RVGXV36O.js";import"./chunk-H56KAX5Q.js";import"./chunk-BHZZZBEV.js";import"./chunk-7MCHCOW5.js";import"./chunk-MGEHGOKB.js";import"./chunk-X6TGEZG5.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";import o from"node:path";async function A(e,n){if(e.shard!==void 0)throw new l("kblint baseline records a whole run: leave out --shard");let t=await f({...e,baseline:!1},n),s=t.baseDir??n.cwd,r=e.output?o.resolve(n.cwd,e.output):o.join(s,a),i=m(t,n.cwd,s);await d(r,i);let c=o.relative(n.cwd,r)||r;return n.stderr(`kblint: wrote ${i.findings.length} known finding${i.findings.length===1?"":"s"} in ${t.summary.files} articles to ${c}; commit it, and lint fails only on new findings
`),u.ok}export{A as runBaseline};
