import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as c}from"./chunk-DTQD3HR5.js";import{a as f}from"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import{b as p}from"./chunk-NRDNND2S.js";import{c as s,d as a}from"./chunk-ORFT3UKO.js";import"./chunk-UQLAQQ5Q.js";var g=[],y=c({origin:"remark-lint:no-duplicate-definitions",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-definitions#readme"},function(m,d){let l=new Map,u=new Map;a(m,function(i,k){if(f(i))return s;let[t,e]=i.type==="definition"?[l,i.identifier]:i.type==="footnoteDefinition"?[u,i.identifier]:g;if(t&&e&&i.position){let o=[...k,i],n=t.get(e);if(n){let r=n.at(-1);d.message("Unexpected "+(i.type==="footnoteDefinition"?"footnote ":"")+"definition with an already defined identifier (`"+e+"`), expected unique identifiers",{ancestors:o,cause:new p("Identifier already defined here",{ancestors:n,place:r.position,source:"remark-lint",ruleId:"no-duplicate-definitions"}),place:i.position})}t.set(e,o)}})}),I=y;export{I as default};
