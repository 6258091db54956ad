import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{c as o}from"./chunk-HQTMBSUP.js";import{createHash as p}from"node:crypto";import a from"node:path";var c=[[/\b\d+(?:[.,]\d+)? (second|minute|hour|day|week|month|year)(s?) ago\b/gu,"N $1s ago"],[/\b(in|for|within) \d+(?:[.,]\d+)? (second|minute|hour|day|week|month|year)s?\b/gu,"$1 N $2s"],[/\b\d+(?:[.,]\d+)? (second|minute|hour|day|week|month|year)s? (old|overdue|late|left)\b/gu,"N $1s $2"]];function m(e){let r=e;for(let[s,t]of c)r=r.replace(s,t);return r.replace(/\s+/gu," ").trim()}function d(e,r,s){let t=e.path.startsWith(`${e.filePath}#`)?e.path.slice(e.filePath.length):"";return o(a.relative(s,a.resolve(r,e.filePath)))+t}function g(...e){return p("sha256").update(e.join("\0")).digest("hex")}function l(e,r){let s=new Map;return r.map(t=>{let n=g(t.ruleId,e,m(t.message)),i=s.get(n)??0;return s.set(n,i+1),g(n,String(i)).slice(0,32)})}function b(e,r,s){return e.map(t=>{let n=l(d(t,r,s),t.messages);return{...t,messages:t.messages.map((i,u)=>({...i,fingerprint:n[u]}))}})}export{d as a,l as b,b as c};
