import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{b as p}from"./chunk-ETNNKQUB.js";function v(e,t){let r=typeof e=="string"?e:e.origin,n=typeof e=="string"?void 0:e.url,o=r.split(":"),d=o[1]?o[0]:void 0,u=o[1];return Object.defineProperty(a,"name",{value:r}),a;function a(y){let[f,g]=x(u,y),h=f===2;if(f)return function(w,s,m){let l=s.messages.length-1;p(t,function(c){let i=s.messages;if(c&&!i.includes(c))try{s.fail(c)}catch{}for(;++l<i.length;)Object.assign(i[l],{fatal:h,ruleId:u,source:d,url:n});m()})(w,s,g)}}}function x(e,t){if(Array.isArray(t)){let[r,n]=t;switch(r){case!1:case 0:case"off":return[0,n];case!0:case 1:case"on":case"warn":return[1,n];case 2:case"error":return[2,n];default:{if(typeof r=="number")throw new Error("Incorrect severity `"+r+"` for `"+e+"`, expected 0, 1, or 2");return[1,t]}}}return[1,t]}export{v as a};
