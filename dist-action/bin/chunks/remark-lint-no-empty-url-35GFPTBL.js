import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as e}from"./chunk-DTQD3HR5.js";import"./chunk-ETNNKQUB.js";import{d as r}from"./chunk-ORFT3UKO.js";import"./chunk-UQLAQQ5Q.js";var n=e({origin:"remark-lint:no-empty-url",url:"https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-empty-url#readme"},function(i,m){r(i,function(t,p){(t.type==="definition"||t.type==="image"||t.type==="link")&&t.position&&(!t.url||t.url==="#"||t.url==="?")&&m.message("Unexpected empty "+t.type+" URL referencing the current document, expected URL",{ancestors:[...p,t],place:t.position})})}),u=n;export{u as default};
