import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as r}from"./chunk-DTQD3HR5.js";import"./chunk-ETNNKQUB.js";import{b as n}from"./chunk-NRDNND2S.js";import{d as a}from"./chunk-ORFT3UKO.js";import"./chunk-UQLAQQ5Q.js";var h=/<h([1-6])/,d=/^h([1-6])$/,f=r({origin:"remark-lint:no-multiple-toplevel-headings",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-multiple-toplevel-headings#readme"},function(o,m,p){let c=p||1,l;a(o,function(e,u){let i;if(e.type==="heading")i=e.depth;else if(e.type==="html"){let t=e.value.match(h);i=t?Number(t[1]):void 0}else if((e.type==="mdxJsxFlowElement"||e.type==="mdxJsxTextElement")&&e.name){let t=e.name.match(d);i=t?Number(t[1]):void 0}if(i){let t=[...u,e];if(e.position&&i===c)if(l){let s=l.at(-1);m.message("Unexpected duplicate toplevel heading, exected a single heading with rank `"+i+"`",{ancestors:t,cause:new n("Toplevel heading already defined here",{ancestors:l,place:s.position,source:"remark-lint",ruleId:"no-multiple-toplevel-headings"}),place:e.position})}else l=t}})}),v=f;export{v as default};
